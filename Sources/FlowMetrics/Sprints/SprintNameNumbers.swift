import FlowModel

/// Numbers for sprint names, so that the memberships of 100 000 items are kept and compared as integers.
///
/// An item's list of sprint names is looked up once per distinct list: importers give the items that name the
/// same sprints one shared list (a CSV export of 100 000 rows has a few hundred distinct ones), so the list's
/// storage identifies its numbers. Only lists that stay alive while the numbers are used may be looked up that
/// way: the items' own lists, not one made for the occasion.
struct SprintNameNumbers {
    /// The names numbered so far, by number.
    private(set) var names: [String]
    private var numberOfName: [String: Int]
    /// The numbers of each list met, by the address of its storage.
    private var numbersOfList: [UnsafeRawPointer: [Int]] = [:]

    /// Numbers `names` in their order; names met later get the numbers after them.
    init(names: [String] = []) {
        self.names = names
        numberOfName = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The number of `name`, given the next free one when it is new.
    mutating func number(of name: String) -> Int {
        if let number = numberOfName[name] { return number }
        names.append(name)
        numberOfName[name] = names.count - 1
        return names.count - 1
    }

    /// The numbers of every sprint an item names: its own list `sprints` (see the type's note), then the
    /// sprints only its `changes` name (``SprintCalendar/names(sprints:changes:)``).
    mutating func numbers(sprints: [String], changes: [SprintChange]) -> [Int] {
        guard !changes.isEmpty else { return numbers(ofItemList: sprints) }
        return SprintCalendar.names(sprints: sprints, changes: changes).map { number(of: $0) }
    }

    /// The numbers of the names in `list`, an item's own list (see the type's note); empty for an empty list.
    mutating func numbers(ofItemList list: [String]) -> [Int] {
        guard let address = list.withUnsafeBufferPointer({ $0.baseAddress.map(UnsafeRawPointer.init) }) else {
            return []
        }
        if let numbers = numbersOfList[address] { return numbers }
        let numbers = list.map { number(of: $0) }
        numbersOfList[address] = numbers
        return numbers
    }
}
