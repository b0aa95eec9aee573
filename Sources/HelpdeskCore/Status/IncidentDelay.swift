import Foundation

/// The delay an incident states in words ("imports are running up to 60 minutes behind",
/// "задержка до 2 часов"), so that answers can give a later expected time.
public enum IncidentDelay {
    /// Unit words (by prefix) and their length in seconds, English and Russian.
    private static let units: [(prefix: String, seconds: TimeInterval)] = [
        ("minute", 60), ("mins", 60), ("min", 60), ("m", 60),
        ("hour", 3600), ("hrs", 3600), ("hr", 3600), ("h", 3600),
        ("минут", 60), ("мин", 60), ("час", 3600), ("ч", 3600),
    ]

    /// The longest delay stated in the incident's latest update or its name, if any.
    public static func stated(by incident: Incident) -> TimeInterval? {
        [incident.latestUpdate?.body, incident.name].compactMap { $0 }.compactMap(stated(in:)).max()
    }

    /// The longest duration written in `text` as a number and a unit ("60 minutes", "1.5h",
    /// "2 часа", "90-minute").
    public static func stated(in text: String) -> TimeInterval? {
        let characters = Array(text.lowercased())
        var longest: TimeInterval?
        var index = 0
        while index < characters.count {
            guard characters[index].isNumber, index == 0 || !characters[index - 1].isLetter else {
                index += 1
                continue
            }
            var number = ""
            while index < characters.count, characters[index].isNumber || ((characters[index] == "." || characters[index] == ",") && !number.isEmpty) {
                number.append(characters[index] == "," ? "." : characters[index])
                index += 1
            }
            var cursor = index
            while cursor < characters.count, characters[cursor] == " " || characters[cursor] == "-" || characters[cursor] == "\u{00A0}" {
                cursor += 1
            }
            var word = ""
            while cursor < characters.count, characters[cursor].isLetter {
                word.append(characters[cursor])
                cursor += 1
            }
            if let value = Double(number.hasSuffix(".") ? String(number.dropLast()) : number),
                let unit = units.first(where: { word.hasPrefix($0.prefix) && (word.count == $0.prefix.count || $0.prefix.count > 2) })
            {
                let seconds = value * unit.seconds
                if seconds > 0 { longest = max(longest ?? 0, seconds) }
            }
        }
        return longest
    }
}
