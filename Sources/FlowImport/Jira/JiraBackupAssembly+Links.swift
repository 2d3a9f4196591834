import FlowModel

extension JiraBackupAssembly {
    /// Story points and epic links from custom-field values, by issue position.
    func customValues(keys: [String?]) -> (storyPoints: [Double?], epics: [String?]) {
        let count = keys.count
        var points = [Double?](repeating: nil, count: count)
        var ranks = [Int](repeating: Int.max, count: count)
        var epics = [String?](repeating: nil, count: count)
        for value in collector.customValues {
            guard let field = collector.customFields[value.field], let issue = collector.issueIndex[value.issue]
            else { continue }
            switch field {
            case .storyPoints(let rank) where rank < ranks[issue]:
                points[issue] = value.value
                ranks[issue] = rank
            case .epicLink:
                if let epicID = Int(exactly: value.value), let epic = collector.issueIndex[epicID] {
                    epics[issue] = keys[epic]
                }
            default:
                break
            }
        }
        return (points, epics)
    }

    /// What other rows link to each issue, by issue position: the parent of a sub-task and the epic of a
    /// story (issue links `jira_subtask_link` and `Epic-Story Link`, from parent or epic to child), labels,
    /// components and fix versions, each in file order.
    func linkedValues(keys: [String?]) -> JiraBackupLinks {
        let count = keys.count
        var links = JiraBackupLinks(count: count)
        let issueIndex = collector.issueIndex
        for link in collector.links {
            guard let child = issueIndex[link.destination], let parent = issueIndex[link.source] else { continue }
            switch collector.linkTypes[link.type] {
            case "jira_subtask_link"?: links.parents[child] = keys[parent]
            case "Epic-Story Link"?: links.epics[child] = keys[parent]
            default: break
            }
        }
        for label in collector.labels {
            guard let issue = issueIndex[label.issue], let text = collector.interner.string(label.label) else {
                continue
            }
            links.labels[issue].append(text)
        }
        for association in collector.associations {
            guard let issue = issueIndex[association.issue] else { continue }
            if association.isComponent, let name = collector.components[association.sink] {
                links.components[issue].append(name)
            } else if !association.isComponent, let name = collector.versions[association.sink] {
                links.fixVersions[issue].append(name)
            }
        }
        return links
    }
}
