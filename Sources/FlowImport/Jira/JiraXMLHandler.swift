import FlowModel
import Foundation

/// Turns the events of a Jira XML export into work items, one `<item>` at a time.
///
/// Reads `<rss version="0.92">` search exports field by field, and hands the items of the
/// `<rss version="2.0">` issues feed to ``JiraXMLFeedItem``. Only the text of the elements it uses
/// is copied; descriptions and comments are skipped.
struct JiraXMLHandler: XMLStreamHandler {
    typealias Name = JiraXMLName

    /// Which of Jira's two RSS documents this is.
    enum Variant { case searchExport, issuesFeed }

    let file: String
    let lenient: Bool

    private(set) var variant: Variant?
    private(set) var items: [WorkItem] = []
    private(set) var sprints: [String: Sprint] = [:]
    private(set) var statusNames: [String: String] = [:]
    private(set) var statusCategories: [String: StatusCategory] = [:]
    /// `--lenient`: the items left out, each with its line and reason.
    private(set) var skipped: [String] = []
    /// The channel's `<issue start= end= total=>`: how many issues the search found and exported.
    private(set) var exported: (count: Int, total: Int)?

    private var path: [Name?] = []
    private var positions: [String: Int] = [:]
    /// The item being read, valid while `inItem`.
    private var item = WorkItem(key: "")
    private var inItem = false
    private var itemLine = 0
    private var problem: (JiraXMLProblem, line: Int)?
    private var title: String?
    /// The item's Epic Link names its epic rather than giving its key; the epic is then its parent.
    private var epicByName = false
    private var customField: JiraXMLCustomField?
    private var feed = JiraXMLFeedItem()
    /// The element whose text is being collected, its depth, and the text so far.
    private var capture: (name: Name, depth: Int, valueID: String?)?
    private var captured: [UInt8] = []

    init(file: String, lenient: Bool) {
        self.file = file
        self.lenient = lenient
    }

    var wantsText: Bool { capture != nil }

    mutating func startElement(_ element: XMLStartTag<Name>) throws(InputError) {
        let parent = path.last ?? nil
        defer { path.append(element.name) }
        if path.isEmpty {
            guard element.name == .rss else {
                throw InputError(
                    file: file, position: .line(element.line, column: nil),
                    message: JiraXMLProblem.notRSS(found: element.qualifiedName).message)
            }
            variant = element.attribute(.version, is: "2.0") ? .issuesFeed : .searchExport
            return
        }
        guard let name = element.name else { return }
        switch (parent, name) {
        case (.channel?, .item):
            item = WorkItem(key: "", source: variant == .issuesFeed ? "jira-rss" : "jira-xml")
            inItem = true
            itemLine = element.line
            problem = nil
            title = nil
            epicByName = false
            feed = JiraXMLFeedItem()
        case (.channel?, .issue):
            // Counts that make no sense (negative, or an end before the start) say nothing of the export.
            if let end = element.attribute(.end).flatMap(Int.init),
                let start = element.attribute(.start).flatMap(Int.init),
                let total = element.attribute(.total).flatMap(Int.init), 0 <= start, start <= end, total >= 0
            {
                exported = (end - start, total)
            }
        case (.item?, _) where inItem:
            startItemField(name, element)
        case (.labels?, .label), (.customfield?, .customfieldname):
            capture = (name, path.count, nil)
        case (.customfields?, .customfield):
            customField = JiraXMLCustomField(
                id: element.attribute(.id) ?? "", key: element.attribute(.key) ?? "", line: element.line)
        case (.customfieldvalues?, .customfieldvalue) where customField != nil:
            capture = (name, path.count, element.attribute(.id))
        default:
            break
        }
    }

    mutating func text(_ text: XMLText) throws(InputError) {
        captured.append(contentsOf: text.bytes)
    }

    mutating func endElement(_ name: Name?, line: Int) throws(InputError) {
        path.removeLast()
        if let capture, capture.depth == path.count {
            let value = XMLText.trimmedString(captured)
            captured.removeAll(keepingCapacity: captured.capacity < 1 << 20)
            self.capture = nil
            finishField(capture.name, value: value, valueID: capture.valueID, line: line)
        }
        switch name {
        case .customfield? where customField != nil && path.last == .customfields:
            if let field = customField, inItem {
                if let found = field.apply(to: &item, sprints: &sprints) { report(found, line: field.line) }
                if field.isEpicLink && !field.values.isEmpty && item.epic == nil { epicByName = true }
            }
            customField = nil
        case .item? where path.last == .channel:
            try finishItem()
        default:
            break
        }
    }

    /// A direct child of `<item>` opens: note its attributes, and collect its text if it is used.
    private mutating func startItemField(_ name: Name, _ element: XMLStartTag<Name>) {
        let used: Bool
        switch name {
        case .project:
            if let key = element.attribute(.key) { item.project = key }
            used = false
        case .key:
            if let id = element.attribute(.id) { item.fields["Issue id"] = id }
            used = true
        case .status:
            item.statusID = element.attribute(.id)
            used = true
        case .statusCategory:
            item.statusCategory = element.attribute(.key).flatMap(StatusCategory.init(jiraName:))
            used = false
        case .resolution:
            used = !element.attribute(.id, is: "-1")
        case .assignee, .reporter:
            used = !(element.attribute(.accountid, is: "-1") || element.attribute(.username, is: "-1"))
        case .title, .summary, .type, .parent, .priority, .created, .updated, .resolved, .fixVersion,
            .component:
            used = true
        case .link, .description, .pubDate:
            used = variant == .issuesFeed
        default:
            used = false
        }
        if used { capture = (name, path.count, nil) }
    }

    /// The text of a collected element is complete; `value` is trimmed (empty for whitespace).
    private mutating func finishField(_ name: Name, value: String, valueID: String?, line: Int) {
        if name == .customfieldname {
            customField?.name = value
            return
        }
        if name == .customfieldvalue {
            if !value.isEmpty {
                customField?.values.append(value)
                customField?.valueIDs.append(valueID)
            }
            return
        }
        guard inItem, !value.isEmpty else { return }
        if variant == .issuesFeed {
            feed.set(name, value)
            return
        }
        switch name {
        case .title: title = value
        case .key: item.key = value
        case .summary: item.title = value
        case .type: item.type = value
        case .status: item.status = value
        case .priority: item.priority = value
        case .resolution: item.resolution = value
        case .assignee: item.assignee = value == "Unassigned" ? nil : value
        case .reporter: item.reporter = value == "Unassigned" ? nil : value
        case .parent: item.parent = value
        case .label: item.labels.append(value)
        case .component: item.components.append(value)
        case .fixVersion: item.fixVersions.append(value)
        case .created, .updated, .resolved: setDate(name, value, line: line)
        default: break
        }
    }

    private mutating func setDate(_ element: Name, _ value: String, line: Int) {
        guard let date = RFC822Date.parse(value) else {
            report(.badDate(element: element.rawValue, value: value), line: line)
            return
        }
        switch element {
        case .created: item.created = date
        case .updated: item.updated = date
        default: item.resolved = date
        }
    }

    /// Remembers the item's first problem; it is thrown (or the item skipped) at `</item>`.
    private mutating func report(_ found: JiraXMLProblem, line: Int) {
        if problem == nil { problem = (found, line) }
    }

    private mutating func finishItem() throws(InputError) {
        guard inItem else { return }
        inItem = false
        var finished = item
        item = WorkItem(key: "")
        if variant == .issuesFeed {
            if let found = feed.fill(&finished) { report(found, line: itemLine) }
        } else {
            fillFromTitle(&finished)
        }
        if problem == nil && finished.key.isEmpty { problem = (.missingKey, itemLine) }
        if let (found, line) = problem {
            let error = InputError(
                file: file, position: .line(line, column: nil), message: found.message, skippable: true)
            guard lenient else { throw error }
            skipped.append("line \(line): \(found.message)")
            return
        }
        if let id = finished.statusID, !finished.status.isEmpty { statusNames[id] = finished.status }
        if let category = finished.statusCategory, !finished.status.isEmpty {
            statusCategories[finished.status] = category
        }
        if epicByName && finished.epic == nil { finished.epic = finished.parent }
        if finished.project.isEmpty, let dash = finished.key.lastIndex(of: "-") {
            finished.project = String(finished.key[..<dash])
        }
        if let position = positions[finished.key] {
            items[position] = finished
        } else {
            positions[finished.key] = items.count
            items.append(finished)
        }
    }

    /// The key and summary from a `[KEY] summary` title, where the item lacks them.
    private func fillFromTitle(_ item: inout WorkItem) {
        guard item.key.isEmpty || item.title.isEmpty else { return }
        guard let title, let parsed = JiraXMLFeedItem.splitTitle(title) else {
            if item.title.isEmpty, let title { item.title = title }
            return
        }
        if item.key.isEmpty { item.key = parsed.key }
        if item.title.isEmpty { item.title = parsed.summary }
    }
}
