/// Month names and abbreviations in the languages Jira exports are written in, looked up case-insensitively
/// with or without a trailing dot: English, Spanish, Portuguese, French, German, Italian, Dutch, Russian.
enum MonthNames {
    /// The names of each month, January first, in lowercase.
    static let names: [[String]] = [
        [
            "jan", "january", "ene", "enero", "janeiro", "janv", "janvier", "januar", "jän", "jänner", "gen",
            "gennaio", "januari", "янв", "январь", "января",
        ],
        [
            "feb", "february", "febrero", "fev", "fevereiro", "févr", "fevr", "février", "fevrier", "februar",
            "febbraio", "februari", "фев", "февр", "февраль", "февраля",
        ],
        [
            "mar", "march", "marzo", "março", "marco", "mars", "mär", "mrz", "märz", "maerz", "mrt", "maart",
            "мар", "март", "марта",
        ],
        ["apr", "april", "abr", "abril", "avr", "avril", "aprile", "апр", "апрель", "апреля"],
        ["may", "mayo", "mai", "maio", "mag", "maggio", "mei", "май", "мая"],
        ["jun", "june", "junio", "junho", "juin", "juni", "giu", "giugno", "июн", "июнь", "июня"],
        ["jul", "july", "julio", "julho", "juil", "juillet", "juli", "lug", "luglio", "июл", "июль", "июля"],
        ["aug", "august", "ago", "agosto", "août", "aout", "augustus", "авг", "август", "августа"],
        [
            "sep", "sept", "september", "septiembre", "setiembre", "set", "setembro", "septembre", "settembre",
            "сен", "сент", "сентябрь", "сентября",
        ],
        [
            "oct", "october", "octubre", "out", "outubro", "octobre", "okt", "oktober", "ott", "ottobre", "окт",
            "октябрь", "октября",
        ],
        ["nov", "november", "noviembre", "novembro", "novembre", "ноя", "нояб", "ноябрь", "ноября"],
        [
            "dec", "december", "dic", "diciembre", "dez", "dezembro", "déc", "décembre", "decembre", "dezember",
            "dicembre", "дек", "декабрь", "декабря",
        ],
    ]

    /// Month numbers by lowercase name.
    private static let byName: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, names) in names.enumerated() {
            for name in names { table[name] = index + 1 }
        }
        return table
    }()

    /// Month numbers by name packed into an integer (see ``packed(_:)``), for names of at most 8 bytes:
    /// an open-addressing table probed linearly, far cheaper than a `Dictionary` on this hot path.
    private static let packedTable: (keys: [UInt64], months: [UInt8]) = {
        var keys = [UInt64](repeating: 0, count: tableSize)
        var months = [UInt8](repeating: 0, count: tableSize)
        for (name, month) in byName {
            guard let key = Array(name.utf8).withUnsafeBufferPointer({ packed($0) }) else { continue }
            var slot = slot(of: key)
            while keys[slot] != 0 { slot = (slot + 1) & (tableSize - 1) }
            keys[slot] = key
            months[slot] = UInt8(month)
        }
        return (keys, months)
    }()

    private static let tableSize = 1024

    private static func slot(of key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 54) }

    private static func packedMonth(_ key: UInt64) -> Int? {
        let table = packedTable
        var slot = slot(of: key)
        while table.keys[slot] != 0 {
            if table.keys[slot] == key { return Int(table.months[slot]) }
            slot = (slot + 1) & (tableSize - 1)
        }
        return nil
    }

    /// The month (1–12) that `token` names, ignoring case and one trailing dot; `nil` for anything else.
    static func month(_ token: UnsafeBufferPointer<UInt8>) -> Int? {
        var bytes = token
        if let last = bytes.last, last == UInt8(ascii: ".") { bytes = UnsafeBufferPointer(rebasing: bytes.dropLast()) }
        guard !bytes.isEmpty else { return nil }
        if let key = packed(bytes), let month = packedMonth(key) { return month }
        return byName[String(decoding: bytes, as: UTF8.self).lowercased()]
    }

    /// The month that `text` names; see ``month(_:)-(UnsafeBufferPointer<UInt8>)``.
    static func month(_ text: String) -> Int? {
        Array(text.utf8).withUnsafeBufferPointer { month($0) }
    }

    /// Up to 8 bytes, ASCII letters lowercased, packed into one integer; `nil` when longer.
    private static func packed(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard bytes.count <= 8 else { return nil }
        var key: UInt64 = 0
        for byte in bytes {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            key = key << 8 | UInt64(lower)
        }
        return key
    }
}
