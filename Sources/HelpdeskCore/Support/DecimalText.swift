/// Integers in decimal as `String(number)` writes them, straight into bytes: for writers of many
/// records, which would otherwise make a string for every number they write.
public enum DecimalText {
    /// The most bytes an `Int` takes in decimal, its sign included (`-9223372036854775808`).
    public static let longestInt = 20

    /// Writes `number` at the start of `buffer`, zero-padded on the left to `padding` bytes (the
    /// sign counted among them, as zeros put before `String(number)` count it), and returns how
    /// many bytes it wrote. `buffer` must have room for them: `max(padding, longestInt)` bytes hold any.
    public static func write(_ number: Int, padding: Int = 0, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var magnitude = number.magnitude
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let sign = number < 0 ? 1 : 0
        let zeros = max(0, padding - digits - sign)
        for index in 0..<zeros { buffer[index] = UInt8(ascii: "0") }
        if number < 0 { buffer[zeros] = UInt8(ascii: "-") }
        let count = zeros + sign + digits
        for index in stride(from: count - 1, through: count - digits, by: -1) {
            buffer[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        }
        return count
    }

    /// Appends `number`, written as `write` writes it, to `bytes`.
    public static func append(_ number: Int, padding: Int = 0, to bytes: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(padding, longestInt)) { buffer in
            let count = write(number, padding: padding, into: buffer)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }
}
