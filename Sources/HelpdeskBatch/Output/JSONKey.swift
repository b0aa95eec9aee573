/// An object key as JSON writes it (`"name":`), made once so that writing it is one copy of bytes.
struct JSONKey: Sendable {
    let bytes: [UInt8]

    /// `name` must need no escaping (the record's own key names).
    init(_ name: StaticString) {
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        self.bytes = bytes
    }
}
