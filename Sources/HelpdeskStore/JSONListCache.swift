/// The JSON of lists of strings (``JSONList/encode(_:)``) met before, so that each distinct list
/// is encoded once: the lists logged with answers are few and come back again and again (the
/// guides of the knowledge base's rules, the ids of current incidents, mostly none).
struct JSONListCache {
    private var known: [[String]: String] = [:]

    /// Lists remembered at most; past that the cache starts over, so that a run of ever new lists
    /// cannot grow it without end.
    private static let capacity = 1024

    /// The JSON of the most common list, none, without hashing it.
    private static let emptyListJSON = JSONList.encode([])

    /// The JSON of `list`.
    mutating func json(of list: [String]) -> String {
        if list.isEmpty { return Self.emptyListJSON }
        if let json = known[list] { return json }
        if known.count >= Self.capacity { known.removeAll(keepingCapacity: true) }
        let json = JSONList.encode(list)
        known[list] = json
        return json
    }
}
