import HelpdeskCore

/// The stable key of a transcript line in the log: its file, its place in the file, its
/// conversation and its index in the conversation, e.g. `/data/chats.jsonl#0000000007:chat-1001#2`
/// (line 7 of the file, the third line of conversation `chat-1001`).
///
/// The line number comes first, zero-padded, so that a file's keys sort in the order it is read:
/// the unique index on `source_key` then grows at its end. Keys in conversation order landed all
/// over the tree, and each transaction of a large run rewrote hundreds of index pages (at a
/// million messages that was a third of a run's time). The padding keeps the order up to ten
/// billion lines; longer files still get unique keys.
public enum TranscriptSourceKey {
    /// How a source's lines are keyed.
    public enum Style: Sendable {
        /// `SOURCE#LINE:CONVERSATION#INDEX`, the line zero-padded to ten digits.
        case lineOrdered
        /// `SOURCE#CONVERSATION@FIRST_LINE#INDEX`, as sources logged before schema v7 were keyed
        /// (kept for them, so that running such a batch again still finds its lines).
        case conversationOrdered
    }

    /// Digits of the zero-padded line number.
    static let lineDigits = 10

    /// The key of `line` of `source`, line `index` of conversation `conversationID` that starts on
    /// `firstLine`.
    public static func make(
        _ style: Style, source: String, line: Int, conversationID: String, firstLine: Int, index: Int
    ) -> String {
        // Written in one pass into a string of the right capacity: a run makes one key per line.
        let separators = 3
        let capacity =
            source.utf8.count + conversationID.utf8.count + 2 * KeyBuilder.longestNumber + separators
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var key = KeyBuilder(buffer: buffer)
            key.append(source)
            key.append(UInt8(ascii: "#"))
            switch style {
            case .lineOrdered:
                key.append(line, padding: lineDigits)
                key.append(UInt8(ascii: ":"))
                key.append(conversationID)
            case .conversationOrdered:
                key.append(conversationID)
                key.append(UInt8(ascii: "@"))
                key.append(firstLine)
            }
            key.append(UInt8(ascii: "#"))
            key.append(index)
            return key.count
        }
    }
}

/// Writes a key's UTF-8 into a buffer the caller sized, without a string made per part.
private struct KeyBuilder {
    /// The most bytes a number of the key takes (a line number is padded to fewer).
    static let longestNumber = DecimalText.longestInt

    let buffer: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0

    init(buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

    mutating func append(_ byte: UInt8) {
        buffer[count] = byte
        count += 1
    }

    mutating func append(_ text: String) {
        let copied = text.utf8.withContiguousStorageIfAvailable { bytes in
            UnsafeMutableBufferPointer(rebasing: buffer[count...]).initialize(fromContentsOf: bytes)
        }
        if let copied {
            count += copied
        } else {
            for byte in text.utf8 { append(byte) }
        }
    }

    /// `number` as `String(number)` writes it, zero-padded on the left to `padding` bytes.
    mutating func append(_ number: Int, padding: Int = 0) {
        count += DecimalText.write(number, padding: padding, into: UnsafeMutableBufferPointer(rebasing: buffer[count...]))
    }
}
