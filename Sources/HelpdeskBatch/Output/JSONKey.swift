/// An object key as JSON writes it (`"name":`), given whole so that writing it is one copy of
/// constant bytes: no array made, shared or retained for each of the millions of keys a batch writes.
struct JSONKey: Sendable {
    let written: StaticString

    /// `written` is the key as it stands in the text, quotes and colon included (`"line":`); the
    /// name needs no escaping (the record's own key names).
    init(written: StaticString) { self.written = written }
}
