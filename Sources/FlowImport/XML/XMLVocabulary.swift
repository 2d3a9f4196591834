/// The element and attribute names a handler asks about: an enum whose raw values are the XML names.
///
/// The reader interns every case once per parse, so an element's name reaches the handler as one of
/// these cases (or `nil` for a name the handler did not list) without building a `String`.
protocol XMLVocabulary: RawRepresentable, CaseIterable, Hashable where RawValue == String, AllCases == [Self] {}
