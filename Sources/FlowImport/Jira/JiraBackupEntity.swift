/// The kinds of `entities.xml` row the importer reads; every other entity is skipped unread.
enum JiraBackupEntity {
    case issue, project, issueType, status, resolution, priority, changeGroup, changeItem
    case customField, customFieldValue, label, component, version, nodeAssociation, issueLink, issueLinkType

    /// The entity an element at the top level of the backup holds; `nil` for entities not read.
    init?(_ name: JiraBackupName?) {
        switch name {
        case .issueEntity?: self = .issue
        case .projectEntity?: self = .project
        case .issueTypeEntity?: self = .issueType
        case .statusEntity?: self = .status
        case .resolutionEntity?: self = .resolution
        case .priorityEntity?: self = .priority
        case .changeGroupEntity?: self = .changeGroup
        case .changeItemEntity?: self = .changeItem
        case .customFieldEntity?: self = .customField
        case .customFieldValueEntity?: self = .customFieldValue
        case .labelEntity?: self = .label
        case .componentEntity?: self = .component
        case .versionEntity?: self = .version
        case .nodeAssociationEntity?: self = .nodeAssociation
        case .issueLinkEntity?: self = .issueLink
        case .issueLinkTypeEntity?: self = .issueLinkType
        default: return nil
        }
    }

    /// The element's name, for messages.
    var elementName: String {
        switch self {
        case .issue: "Issue"
        case .project: "Project"
        case .issueType: "IssueType"
        case .status: "Status"
        case .resolution: "Resolution"
        case .priority: "Priority"
        case .changeGroup: "ChangeGroup"
        case .changeItem: "ChangeItem"
        case .customField: "CustomField"
        case .customFieldValue: "CustomFieldValue"
        case .label: "Label"
        case .component: "Component"
        case .version: "Version"
        case .nodeAssociation: "NodeAssociation"
        case .issueLink: "IssueLink"
        case .issueLinkType: "IssueLinkType"
        }
    }
}
