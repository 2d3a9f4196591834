import Testing

@testable import FlowImport

@Suite struct JiraCSVHeaderAliasesTests {
    @Test func englishHeadersOfOldAndNewExports() {
        let expected: [(String, JiraCSVHeaderMeaning)] = [
            ("Issue key", .column(.key)), ("Issue Type", .column(.issueType)), ("Fix Version/s", .column(.fixVersions)),
            ("Fix versions", .column(.fixVersions)), ("Component/s", .column(.components)),
            ("Components", .column(.components)), ("Due Date", .column(.dueDate)), ("Due date", .column(.dueDate)),
            ("Status Category", .column(.statusCategory)),
            ("Status Category Changed", .column(.statusCategoryChanged)), ("Parent", .column(.parent)),
            ("Parent key", .column(.parentKey)), ("Parent id", .field("Parent id")), ("Issue id", .field("Issue id")),
            ("  issue KEY ", .column(.key)), ("Description", .ignored), ("Watchers", .ignored), ("Comment", .ignored),
        ]
        for (header, meaning) in expected { #expect(HeaderAliases.meaning(of: header) == meaning, "\(header)") }
    }

    @Test func spanishHeadersFromRealExports() {
        let expected: [(String, JiraCSVHeaderMeaning)] = [
            ("Clave de incidencia", .column(.key)), ("Tipo de Incidencia", .column(.issueType)),
            ("Estado", .column(.status)), ("Creada", .column(.created)), ("Actualizada", .column(.updated)),
            ("Resuelta", .column(.resolved)), ("Resolución", .column(.resolution)), ("Prioridad", .column(.priority)),
            ("Responsable", .column(.assignee)), ("Persona asignada", .column(.assignee)),
            ("Informador", .column(.reporter)), ("Etiquetas", .column(.labels)), ("Componentes", .column(.components)),
            ("Categoría de estado", .column(.statusCategory)),
            ("Categoría de estado cambiada", .column(.statusCategoryChanged)), ("Clave principal", .column(.parentKey)),
            ("Principal", .column(.parent)), ("Resumen", .column(.summary)),
            ("Vista por Última Vez", .column(.lastViewed)),
            ("Fecha de vencimiento", .column(.dueDate)), ("ID de la incidencia", .field("Issue id")),
            ("Responsable del proyecto", .ignored),
        ]
        for (header, meaning) in expected { #expect(HeaderAliases.meaning(of: header) == meaning, "\(header)") }
    }

    @Test func portugueseFrenchAndGermanHeaders() {
        let expected: [(String, JiraCSVHeaderMeaning)] = [
            ("Chave da item", .column(.key)), ("Tipo de item", .column(.issueType)), ("Resumo", .column(.summary)),
            ("Criado", .column(.created)), ("Resolvido", .column(.resolved)),
            ("Versões corrigidas", .column(.fixVersions)),
            ("Chave pai", .column(.parentKey)), ("Clé de ticket", .column(.key)),
            ("Type de ticket", .column(.issueType)),
            ("Rapporteur", .column(.reporter)), ("Vorgangsschlüssel", .column(.key)),
            ("Vorgangstyp", .column(.issueType)),
            ("Zusammenfassung", .column(.summary)), ("Erstellt", .column(.created)), ("Bearbeiter", .column(.assignee)),
        ]
        for (header, meaning) in expected { #expect(HeaderAliases.meaning(of: header) == meaning, "\(header)") }
    }

    @Test func customFieldsInEveryLanguageKeepTheirInnerName() {
        let expected: [(String, JiraCSVHeaderMeaning)] = [
            ("Custom field (Story Points)", .column(.storyPoints)),
            ("Custom field (Story point estimate)", .column(.storyPoints)),
            ("Campo personalizado (Story point estimate)", .column(.storyPoints)),
            ("Custom field (Epic Link)", .column(.epicLink)), ("Custom field (Sprint)", .column(.sprint)),
            ("Custom field ([CHART] Time in Status)", .column(.timeInStatus)),
            ("Custom field (Team)", .field("Team")), ("Campo personalizado (Start date)", .field("Start date")),
            ("Custom field (תאריך התחלה)", .field("תאריך התחלה")), ("Custom field (Seção)", .field("Seção")),
            ("Champ personnalisé (Équipe)", .field("Team")),
            ("Custom field (Block summary (description))", .field("Block summary (description)")),
            ("Benutzerdefiniertes Feld (Risiko)", .field("Risiko")),
        ]
        for (header, meaning) in expected { #expect(HeaderAliases.meaning(of: header) == meaning, "\(header)") }
    }

    @Test func everyAliasIsUnambiguous() {
        // One header text must never mean two different columns.
        var seen: [String: JiraCSVColumn] = [:]
        for (column, names) in HeaderAliases.columns {
            for name in names {
                let folded = name.lowercased()
                #expect(seen[folded] == nil || seen[folded] == column, "\(name)")
                seen[folded] = column
            }
        }
    }
}
