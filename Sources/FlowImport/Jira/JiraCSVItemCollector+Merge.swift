import FlowModel

/// Joining the collectors of two parts of one file read side by side (see ``CSVSplitPoint``).
extension JiraCSVItemCollector {
    /// Takes in the rows `later` read from the rest of the file, after this collector's, so that
    /// ``finish(file:skipped:)`` gives what one collector reading both parts in turn would have given.
    ///
    /// Both collectors must have read their parts without a row error. `later`'s items are moved here
    /// (it is left with blank ones); afterwards this collector takes no more rows (its key index covers
    /// only its own part).
    ///
    /// - Parameters:
    ///   - recordOffset: the records of this collector's part, blank ones included.
    ///   - earlier: for each of `later`'s items, the position here of the item with its key, if any:
    ///     `later.earlierPositions(in: keyPositions)`, found on `later`'s thread while this one made room.
    /// - Returns: `false`, changing neither collector, when the two parts' numeric dates prove opposite
    ///   day/month orders: the error wants the whole file read in order.
    mutating func merge(_ later: inout JiraCSVItemCollector, recordOffset: Int, earlier: [Int?]) -> Bool {
        var evidence = self.evidence
        guard !evidence.merge(later.evidence, recordOffset: recordOffset) else { return false }
        self.evidence = evidence
        if ambiguousExample == nil { ambiguousExample = later.ambiguousExample }
        rowsSeen += later.rowsSeen
        rowsKept += later.rowsKept
        keysAreASCII = keysAreASCII && later.keysAreASCII
        let positions = takeItems(of: &later, earlier: earlier)
        for (position, dates) in later.pendingDates { pendingDates[positions[position]] = dates }
        for (position, id) in later.parentsByID { parentsByID.append((positions[position], id)) }
        sprintNames.formUnion(later.sprintNames)
        timeInStatusSamples.append(later.timeInStatusSamples)
        // The last row to name a status decides: the later part's rows come after this one's.
        for (status, category) in later.categoryByStatus {
            if let category { categoryByStatus[statusSlot(status)].category = category }
        }
        for text in later.unknownCategories where categoriesByText.index(forKey: text) == nil {
            categoriesByText[text] = .some(nil)
            unknownCategories.append(text)
        }
        return true
    }

    /// Appends `count` blank items, to be filled by ``merge(_:recordOffset:)``: the first writes to fresh
    /// memory are slow (the system maps it page by page), and making them while the later part is still
    /// being read takes them off the merge's path.
    mutating func makeRoom(forItems count: Int) {
        items.reserveCapacity(items.count + count)
        items.append(contentsOf: repeatElement(blankItem, count: count))
        spareItems += count
    }

    /// Moves `later`'s items and their ids to the end of these; an item whose key this part has (at its
    /// `earlier` position) replaces the earlier one in its place (the later row wins, in the earlier row's
    /// place), dropping the earlier one's pending dates. Returns the position here of each of `later`'s items.
    ///
    /// Items are swapped with blank ones (made by ``makeRoom(forItems:)`` or here) rather than copied: a
    /// copy would retain each of their values.
    private mutating func takeItems(of later: inout JiraCSVItemCollector, earlier positionOfKey: [Int?]) -> [Int] {
        let count = later.items.count
        var positions: [Int] = []
        positions.reserveCapacity(count)
        ids.reserveCapacity(ids.count + count)
        var next = items.count - spareItems
        precondition(positionOfKey.count == count, "one earlier position per later item")
        for index in 0..<count {
            if let earlier = positionOfKey[index] {
                swap(&items[earlier], &later.items[index])
                ids[earlier] = later.ids[index]
                pendingDates[earlier] = nil
                positions.append(earlier)
            } else {
                if next == items.count { items.append(blankItem) }
                swap(&items[next], &later.items[index])
                ids.append(later.ids[index])
                positions.append(next)
                next += 1
            }
        }
        items.removeLast(items.count - next)
        spareItems = 0
        return positions
    }

    /// This part's item positions by key, for another thread to look keys up in (``earlierPositions(in:)``)
    /// while this collector goes on: a copy, and the merge changes neither table.
    var keyPositions: KeyPositions {
        KeyPositions(byASCIIKey: positionByASCIIKey, byKey: positionByKey)
    }

    /// For each of this part's items, the position of the item with the same key in the part whose
    /// ``keyPositions`` these are; `nil` when that part has none.
    func earlierPositions(in earlier: KeyPositions) -> [Int?] {
        items.map { earlier.position(ofKey: $0.key) }
    }

    /// Item positions by key, as a collector keeps them: keys of ASCII text by their bytes, others by their text.
    struct KeyPositions {
        let byASCIIKey: CSVTextTable<Int>
        let byKey: [String: Int]

        /// The position of the item with `key`, found as ``add(_:record:)`` finds it.
        func position(ofKey key: String) -> Int? {
            guard key.utf8.allSatisfy({ $0 < 0x80 }) else { return byKey[key] }
            let found = key.utf8.withContiguousStorageIfAvailable { byASCIIKey.lookUp($0) }
            if let found { return found }
            return Array(key.utf8).withUnsafeBufferPointer { byASCIIKey.lookUp($0) }
        }
    }
}
