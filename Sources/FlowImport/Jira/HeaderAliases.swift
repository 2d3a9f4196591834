import Foundation

/// The header names of Jira CSV exports, in the exporting user's language, and what each column holds.
///
/// English covers old (2016–18: `Fix Version/s`, `Due Date`) and new Cloud/Server exports (`Fix versions`,
/// `Parent key`, `Status Category Changed`) and the 2025 "work item" wording; Spanish is taken from real
/// exports; Portuguese, French, German and Russian are Jira's translations of the same fields. Matching
/// ignores case and surrounding spaces. Columns are always found by name, never by position.
enum HeaderAliases {
    /// The headers of each column, as Jira writes them.
    static let columns: [(JiraCSVColumn, [String])] = [
        (
            .key,
            [
                "Issue key", "Work item key", "Key", "Clave de incidencia", "Clave", "Chave da item", "Chave do item",
                "Clé de ticket", "Clé", "Vorgangsschlüssel", "Schlüssel", "Ключ задачи", "Ключ",
            ]
        ),
        (.summary, ["Summary", "Resumen", "Resumo", "Résumé", "Zusammenfassung", "Тема"]),
        (
            .issueType,
            [
                "Issue Type", "Work type", "Work item type", "Tipo de Incidencia", "Tipo de item", "Tipo do item",
                "Type de ticket", "Vorgangstyp", "Тип задачи",
            ]
        ),
        (.status, ["Status", "Estado", "État", "Statut", "Статус"]),
        (
            .statusCategory,
            ["Status Category", "Categoría de estado", "Categoria de status", "Catégorie d'état", "Statuskategorie"]
        ),
        (
            .statusCategoryChanged,
            [
                "Status Category Changed", "Categoría de estado cambiada", "Categoria de status alterada",
                "Catégorie d'état modifiée", "Statuskategorie geändert",
            ]
        ),
        (
            .projectKey,
            [
                "Project key", "Clave del proyecto", "Chave do projeto", "Clé de projet", "Clé du projet",
                "Projektschlüssel", "Ключ проекта",
            ]
        ),
        (.created, ["Created", "Creada", "Criado", "Création", "Créé", "Erstellt", "Создано"]),
        (.updated, ["Updated", "Actualizada", "Atualizado", "Mise à jour", "Mis à jour", "Aktualisiert", "Обновлено"]),
        (.resolved, ["Resolved", "Resuelta", "Resolvido", "Résolu", "Résolue", "Erledigt", "Дата решения"]),
        (.lastViewed, ["Last Viewed", "Vista por Última Vez", "Visualizado pela última vez", "Zuletzt angesehen"]),
        (
            .dueDate,
            [
                "Due Date", "Due date", "Fecha de vencimiento", "Data limite", "Échéance", "Fälligkeitsdatum",
                "Срок исполнения",
            ]
        ),
        (.resolution, ["Resolution", "Resolución", "Resolução", "Résolution", "Lösung", "Решение"]),
        (.assignee, ["Assignee", "Persona asignada", "Responsable", "Responsável", "Bearbeiter", "Исполнитель"]),
        (.reporter, ["Reporter", "Informador", "Relator", "Rapporteur", "Autor", "Автор"]),
        (.priority, ["Priority", "Prioridad", "Prioridade", "Priorité", "Priorität", "Приоритет"]),
        (.labels, ["Labels", "Etiquetas", "Étiquettes", "Stichwörter", "Метки"]),
        (.components, ["Component/s", "Components", "Componentes", "Composants", "Komponenten", "Компоненты"]),
        (
            .fixVersions,
            [
                "Fix Version/s", "Fix versions", "Versiones de corrección", "Versões corrigidas", "Versions corrigées",
                "Lösungsversion/en", "Lösungsversionen",
            ]
        ),
        (.sprint, ["Sprint", "Спринт"]),
        (.parent, ["Parent", "Principal", "Pai", "Parent (ticket)", "Übergeordnet"]),
        (.parentKey, ["Parent key", "Clave principal", "Chave pai", "Clé parente", "Übergeordneter Schlüssel"]),
    ]

    /// Headers kept in `WorkItem.fields`, under the English name given first.
    static let keptFields: [(String, [String])] = [
        ("Issue id", ["Issue id", "Work item id", "ID de la incidencia", "ID da item", "ID do item", "Vorgangs-ID"]),
        ("Parent id", ["Parent id", "ID principal", "ID do pai"]),
        ("Project name", ["Project name", "Nombre del proyecto", "Nome do projeto", "Nom du projet", "Projektname"]),
        ("Team", ["Team", "Equipo", "Equipe", "Équipe"]),
        ("Start date", ["Start date", "Fecha de inicio", "Data de início", "Date de début", "Startdatum"]),
    ]

    /// How custom-field headers begin: `Custom field (Story Points)`, `Campo personalizado (Team)`…
    static let customFieldPrefixes = [
        "Custom field (", "Campo personalizado (", "Champ personnalisé (", "Benutzerdefiniertes Feld (",
        "Пользовательское поле (",
    ]

    /// Custom fields with a place in ``FlowModel/WorkItem``, by the name inside the parentheses.
    static let customColumns: [(JiraCSVColumn, [String])] = [
        (.storyPoints, ["Story Points", "Story point estimate", "Исторические точки"]),
        (.epicLink, ["Epic Link"]),
        (.sprint, ["Sprint"]),
        (.timeInStatus, ["[CHART] Time in Status"]),
    ]

    /// The headers that name the issue key, for the message when none is found.
    static var keyHeaders: [String] { columns.first { $0.0 == .key }?.1 ?? [] }

    /// What `header` holds.
    static func meaning(of header: String) -> JiraCSVHeaderMeaning {
        let folded = fold(header)
        if let column = columnsByName[folded] { return .column(column) }
        if let field = keptFieldsByName[folded] { return .field(field) }
        for prefix in customFieldPrefixes {
            let lowered = fold(prefix)
            guard folded.hasPrefix(lowered), folded.hasSuffix(")") else { continue }
            let trimmed = header.trimmingCharacters(in: .whitespaces)
            let name = String(trimmed.dropFirst(prefix.count).dropLast())
            if let column = customColumnsByName[fold(name)] { return .column(column) }
            if let field = keptFieldsByName[fold(name)] { return .field(field) }
            return .field(name)
        }
        return .ignored
    }

    private static func fold(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).lowercased()
    }

    private static let columnsByName = table(columns)
    private static let customColumnsByName = table(customColumns)
    private static let keptFieldsByName: [String: String] = {
        var result: [String: String] = [:]
        for (field, names) in keptFields {
            for name in names { result[fold(name)] = field }
        }
        return result
    }()

    private static func table(_ entries: [(JiraCSVColumn, [String])]) -> [String: JiraCSVColumn] {
        var result: [String: JiraCSVColumn] = [:]
        for (column, names) in entries {
            for name in names { result[fold(name)] = column }
        }
        return result
    }
}
