/// A short text with `{name}` placeholders (a word such as `{time} on {day} {month}`), parsed once
/// for the names `Slot` lists and then filled on every use without scanning it again. A placeholder
/// of another name is kept as written.
struct PlaceholderText<Slot>: Sendable where Slot: RawRepresentable & Sendable, Slot.RawValue == String {
    enum Segment: Sendable {
        case text(String)
        case slot(Slot)
    }

    let segments: [Segment]

    init(_ text: String) {
        var segments: [Segment] = []
        var literal = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            // An unclosed brace ends the scan; the rest follows as written (after what came before
            // the brace, which stays too).
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            if let slot = Slot(rawValue: String(rest[rest.index(after: open)..<close])) {
                if !literal.isEmpty { segments.append(.text(literal)) }
                literal = ""
                segments.append(.slot(slot))
            } else {
                literal += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty { segments.append(.text(literal)) }
        self.segments = segments
    }

    /// Appends the text to `output`, each placeholder written by `fill`.
    func write(into output: inout String, _ fill: (Slot, inout String) -> Void) {
        for segment in segments {
            switch segment {
            case .text(let literal): output += literal
            case .slot(let slot): fill(slot, &output)
            }
        }
    }
}

/// The placeholder of `ago`: `{duration} ago`.
enum DurationSlot: String, Sendable {
    case duration
}

/// The placeholder of `not_found.number` and `not_found.email`: `with the number {items}`.
enum ItemsSlot: String, Sendable {
    case items
}

/// The placeholders of `time_on_day`: `{time} on {day} {month}`.
enum ClockSlot: String, Sendable {
    case time, day, month
}
