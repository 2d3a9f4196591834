extension JiraBackupCollector {
    /// Gives back the spare room the growing tables kept (up to half of each), once the file is read: the
    /// tables live on while the assembly builds the items beside them, and on a 100 000-issue backup that room
    /// is tens of megabytes of the import's peak memory.
    mutating func dropSpareCapacity() {
        statusChanges.dropSpareCapacity()
        sprintChanges.dropSpareCapacity()
        customValues.dropSpareCapacity()
        labels.dropSpareCapacity()
        associations.dropSpareCapacity()
        links.dropSpareCapacity()
        issues.dropSpareCapacity()
        groups.dropSpareCapacity()
    }
}

extension Array {
    /// Moves the elements into storage just large enough for them when more than a sixteenth of the
    /// capacity is unused (one table at a time, so the copy costs the import little at its peak).
    mutating func dropSpareCapacity() {
        guard capacity - count > capacity / 16 else { return }
        self = withUnsafeBufferPointer { Array($0) }
    }
}
