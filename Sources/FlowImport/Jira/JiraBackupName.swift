/// The element and attribute names the Jira site backup importer reads in `entities.xml`.
///
/// An entity's columns come as attributes (`<Issue id="1" summary="x"/>`) or, for long or multi-line
/// text, as child elements (`<Issue id="1"><summary><![CDATA[x]]></summary></Issue>`); the same names
/// serve both.
enum JiraBackupName: String, XMLVocabulary {
    // The document.
    case root = "entity-engine-xml"
    // The entities read.
    case issueEntity = "Issue"
    case projectEntity = "Project"
    case issueTypeEntity = "IssueType"
    case statusEntity = "Status"
    case resolutionEntity = "Resolution"
    case priorityEntity = "Priority"
    case changeGroupEntity = "ChangeGroup"
    case changeItemEntity = "ChangeItem"
    case customFieldEntity = "CustomField"
    case customFieldValueEntity = "CustomFieldValue"
    case labelEntity = "Label"
    case componentEntity = "Component"
    case versionEntity = "Version"
    case nodeAssociationEntity = "NodeAssociation"
    case issueLinkEntity = "IssueLink"
    case issueLinkTypeEntity = "IssueLinkType"
    // Their columns.
    case id, key, number, project, type, status, resolution, priority, summary, assignee, reporter
    case created, updated, resolutiondate, name, statuscategory
    case issue, group, fieldtype, field, oldvalue, oldstring, newvalue, newstring
    case customfieldtypekey, customfield, stringvalue, numbervalue, label
    case sourceNodeId, sourceNodeEntity, sinkNodeId, sinkNodeEntity, associationType
    case linktype, source, destination, linkname
}
