import FlowModel

/// Turns the events of an `entities.xml` into rows of the ``JiraBackupCollector``.
///
/// The backup is `<entity-engine-xml>` with one element per row; the entities read become rows, all
/// others (workflows, comments, users, plugin data) are skipped without copying their text. A row's
/// columns are its attributes and, for long text, its child elements.
struct JiraBackupHandler: XMLStreamHandler {
    typealias Name = JiraBackupName

    private(set) var collector: JiraBackupCollector
    /// How many elements are open.
    private var depth = 0
    /// Whether the element at depth 2 is a row being read.
    private var inRow = false
    /// The row's child element whose text is being collected.
    private var column: Name?
    private var captured: [UInt8] = []

    init(collector: JiraBackupCollector) {
        self.collector = collector
    }

    var wantsText: Bool { column != nil }

    mutating func startElement(_ element: XMLStartTag<Name>) throws(InputError) {
        depth += 1
        switch depth {
        case 1:
            guard element.name == .root else {
                throw collector.error(.notEntities(found: element.qualifiedName), line: element.line)
            }
        case 2:
            guard let entity = JiraBackupEntity(element.name) else { return }
            inRow = true
            collector.row.reset(entity, line: element.line)
            element.forEachAttributeBytes { name, bytes in collector.set(name, bytes) }
        case 3 where inRow:
            if let name = element.name, collector.wantsChild(name) { column = name }
        default:
            break
        }
    }

    mutating func text(_ text: XMLText) throws(InputError) {
        captured.append(contentsOf: text.bytes)
    }

    mutating func endElement(_ name: Name?, line: Int) throws(InputError) {
        defer { depth -= 1 }
        if depth == 3, let column {
            captured.withUnsafeBufferPointer { collector.set(column, JiraBackupBytes.trimmed($0)) }
            if captured.capacity > 1 << 20 { captured = [] } else { captured.removeAll(keepingCapacity: true) }
            self.column = nil
        } else if depth == 2 && inRow {
            inRow = false
            try collector.commit()
        }
    }
}
