import Foundation
import HelpdeskCore

/// Masks personal data in text so that a log can be shared: e-mail addresses, phone numbers
/// (international and local forms), street addresses (a house number and a street word, English
/// and Russian) and names (after "my name is", "I'm", "this is", "меня зовут"…, in signatures,
/// and the customer's own name wherever it appears). Order and tracking numbers are kept.
///
/// Not `Sendable`: make one per thread.
public final class Redactor {
    public static let emailMask = "[email]"
    public static let phoneMask = "[phone]"
    public static let addressMask = "[address]"
    public static let nameMask = "[name]"

    /// Capitalised words that follow "I'm" or "this is" without being names.
    public static let commonNotNames: Set<String> = [
        "not", "still", "very", "really", "so", "just", "the", "a", "an", "waiting", "order", "about", "sorry", "here",
        "back", "trying", "writing", "calling", "interested", "unable", "having", "looking", "getting", "going", "urgent",
        "helpdesk", "support", "ok", "okay", "fine", "confused", "worried", "new", "your", "my", "a", "happy", "done",
        "ещё", "еще", "не", "очень", "заказ", "мой", "моя", "снова", "опять",
    ]

    private let email: NSRegularExpression?
    private let phone: NSRegularExpression?
    private let streets: [NSRegularExpression]
    /// Patterns that find names, each with words one of which a text must hold for it to match
    /// (checked first: most texts hold none, and a regular expression costs microseconds).
    private let namePatterns: [(pattern: NSRegularExpression, triggers: [[UInt8]])]
    private let extractor: EntityExtractor?
    private let notNames: Set<String>

    /// A redactor; `extractor` finds the order and tracking numbers to keep in each text (none
    /// but the context's without it); `notNames` are lower-case words never masked as names
    /// after "I'm" or "this is" (channel and carrier names, say).
    public init(extractor: EntityExtractor? = nil, notNames: Set<String> = []) {
        // The patterns are constants that the tests compile; one that did not would match nothing.
        func compile(_ pattern: String) -> NSRegularExpression? { try? NSRegularExpression(pattern: pattern) }
        email = compile(RedactionPatterns.email)
        phone = compile(RedactionPatterns.phoneCandidate)
        streets = [RedactionPatterns.streetAnyCase, RedactionPatterns.streetCapitalised, RedactionPatterns.streetRussian]
            .compactMap(compile)
        namePatterns = [
            (RedactionPatterns.nameAfterIntroduction, RedactionPatterns.introductionTriggers),
            (RedactionPatterns.nameAfterPhrase, RedactionPatterns.phraseTriggers),
            (RedactionPatterns.signature, RedactionPatterns.signOffTriggers),
            (RedactionPatterns.signatureSeparator, ["--"]),
        ]
        .compactMap { pattern, triggers in compile(pattern).map { ($0, triggers.map { Array($0.utf8) }) } }
        self.extractor = extractor
        self.notNames = Self.commonNotNames.union(notNames)
    }

    /// A redactor that knows the channels and carriers of `knowledgeBase`: it keeps the order and
    /// tracking numbers Helpdesk recognises and never takes a channel or carrier for a name.
    public convenience init(knowledgeBase: KnowledgeBase) {
        let catalog = knowledgeBase.catalog
        let names =
            catalog.channels.values.flatMap { [$0.name.lowercased()] + $0.aliases }
            + catalog.carriers.values.flatMap { [$0.name.lowercased()] + $0.aliases }
        self.init(
            extractor: EntityExtractor(channelAliases: catalog.channelAliases, carrierAliases: catalog.carrierAliases),
            notNames: Set(names.flatMap { $0.split(separator: " ").map(String.init) }))
    }

    /// `text` with personal data masked.
    public func redact(_ text: String, context: RedactionContext = RedactionContext()) -> String {
        guard !text.isEmpty else { return text }
        let string = NSString(string: text)
        let whole = NSRange(location: 0, length: string.length)
        let kept = keptRanges(in: string, text: text, context: context)
        func free(_ range: NSRange) -> Bool { !kept.contains { NSIntersectionRange($0, range).length > 0 } }

        var masks: [(range: NSRange, mask: String)] = []
        if let email, text.contains("@") {
            for match in email.matches(in: text, range: whole) { masks.append((match.range, Self.emailMask)) }
        }
        if Self.hasDigit(text) {
            for street in streets {
                for match in street.matches(in: text, range: whole) where free(match.range) {
                    masks.append((match.range, Self.addressMask))
                }
            }
            for match in phone?.matches(in: text, range: whole) ?? [] where free(match.range) {
                let candidate = string.substring(with: match.range)
                if PhoneShape.isPhone(Substring(candidate)) { masks.append((trimmed(match.range, in: string), Self.phoneMask)) }
            }
        }
        for range in nameRanges(in: string, text: text, whole: whole, context: context) where free(range) {
            masks.append((range, Self.nameMask))
        }
        return Self.apply(masks, to: string)
    }

    // MARK: - What to keep

    private func keptRanges(in string: NSString, text: String, context: RedactionContext) -> [NSRange] {
        var keep = context.keep
        if let extractor, Self.hasDigit(text) {
            let entities = extractor.extract(text)
            keep += entities.orderNumbers.map(\.text) + entities.trackingNumbers.map(\.text)
        }
        return keep.filter { !$0.isEmpty }.flatMap { occurrences(of: $0, in: string, options: []) }
    }

    // MARK: - Names

    private func nameRanges(in string: NSString, text: String, whole: NSRange, context: RedactionContext) -> [NSRange] {
        var ranges: [NSRange] = []
        let lower = Array(text.lowercased().utf8)
        for (pattern, triggers) in namePatterns where triggers.contains(where: { Self.holds(lower, $0) }) {
            for match in pattern.matches(in: text, range: whole) where match.numberOfRanges > 1 {
                ranges += nameWithoutNotNames(match.range(at: 1), in: string)
            }
        }
        for name in context.customerNames {
            let full = name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !full.isEmpty else { continue }
            ranges += occurrences(of: full, in: string, options: [.caseInsensitive], wholeWords: true)
            // Each part as written with a capital, so that a name that is also a word ("Will",
            // "May") is masked only where it reads as a name.
            for part in full.split(whereSeparator: { $0 == " " || $0 == "-" }) where part.count >= 2 {
                ranges += occurrences(of: String(part), in: string, options: [], wholeWords: true)
            }
        }
        return ranges
    }

    /// The name in `range` up to its first word that is no name (all of it, or nothing).
    private func nameWithoutNotNames(_ range: NSRange, in string: NSString) -> [NSRange] {
        guard range.location != NSNotFound, range.length > 0 else { return [] }
        let words = string.substring(with: range).split(separator: " ", omittingEmptySubsequences: false)
        var length = 0
        for (index, word) in words.enumerated() {
            let bare = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".’'-"))
            if notNames.contains(bare) { break }
            length += (index > 0 ? 1 : 0) + (word as Substring).utf16.count
        }
        return length > 0 ? [NSRange(location: range.location, length: length)] : []
    }

    // MARK: - Helpers

    /// Whether the text holds an ASCII digit.
    static func hasDigit(_ text: String) -> Bool {
        text.utf8.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// Whether `bytes` hold `needle` (byte for byte; both short).
    static func holds(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= bytes.count else { return needle.isEmpty }
        var start = 0
        while start + needle.count <= bytes.count {
            if bytes[start] == first, bytes[start..<(start + needle.count)].elementsEqual(needle) { return true }
            start += 1
        }
        return false
    }

    private func occurrences(
        of needle: String, in string: NSString, options: NSString.CompareOptions, wholeWords: Bool = false
    ) -> [NSRange] {
        var ranges: [NSRange] = []
        var searchFrom = 0
        while searchFrom < string.length {
            let found = string.range(
                of: needle, options: options, range: NSRange(location: searchFrom, length: string.length - searchFrom))
            guard found.location != NSNotFound, found.length > 0 else { break }
            if !wholeWords || isWordBoundary(string, before: found.location) && isWordBoundary(string, before: NSMaxRange(found))
            {
                ranges.append(found)
            }
            searchFrom = found.location + 1
        }
        return ranges
    }

    /// Whether no letter or digit sits on both sides of `location`.
    private func isWordBoundary(_ string: NSString, before location: Int) -> Bool {
        func isWordCharacter(_ index: Int) -> Bool {
            guard index >= 0, index < string.length, let scalar = Unicode.Scalar(string.character(at: index)) else {
                return false
            }
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
        return !(isWordCharacter(location - 1) && isWordCharacter(location))
    }

    /// `range` without its leading spaces (the phone pattern may start with one after `+`).
    private func trimmed(_ range: NSRange, in string: NSString) -> NSRange {
        var range = range
        while range.length > 0, string.character(at: range.location) == 0x20 || string.character(at: range.location) == 0x09 {
            range.location += 1
            range.length -= 1
        }
        return range
    }

    /// The text with the masks put in, earlier and longer ones winning where they overlap.
    static func apply(_ masks: [(range: NSRange, mask: String)], to string: NSString) -> String {
        let ordered = masks.sorted {
            $0.range.location != $1.range.location ? $0.range.location < $1.range.location : $0.range.length > $1.range.length
        }
        var output = ""
        var position = 0
        for (range, mask) in ordered where range.location >= position {
            output += string.substring(with: NSRange(location: position, length: range.location - position)) + mask
            position = NSMaxRange(range)
        }
        output += string.substring(from: position)
        return output
    }
}
