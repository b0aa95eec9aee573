import Foundation

/// Decoding feed documents with errors that name the field, as ``StatuspageSummary/ParseError``.
enum FeedDecoding {
    /// Decodes `data` as `type`; `document` names it in errors (`incidents document`).
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, document: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw problem(document, "missing field `\(path(context.codingPath + [key]))`")
        } catch let DecodingError.typeMismatch(_, context) {
            throw problem(document, "field `\(path(context.codingPath))` has the wrong type")
        } catch let DecodingError.valueNotFound(_, context) {
            throw problem(document, "field `\(path(context.codingPath))` is null")
        } catch let DecodingError.dataCorrupted(context) where !context.codingPath.isEmpty {
            throw problem(document, "field `\(path(context.codingPath))`: \(context.debugDescription)")
        } catch {
            throw problem(document, "not JSON")
        }
    }

    static func problem(_ document: String, _ message: String) -> StatuspageSummary.ParseError {
        StatuspageSummary.ParseError(message: document.isEmpty ? message : "\(document): \(message)")
    }

    /// `components[2].status`.
    static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            .trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }
}

/// A whole number written as a number, a numeric string or a boolean (feeds differ).
struct LooseInt: Decodable, Equatable {
    var value: Int

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            value = number
        } else if let flag = try? container.decode(Bool.self) {
            value = flag ? 1 : 0
        } else if let text = try? container.decode(String.self), let number = Int(text.trimmingCharacters(in: .whitespaces)) {
            value = number
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a whole number")
        }
    }
}

/// An id written as a number or a string.
struct LooseID: Decodable, Equatable {
    var value: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            value = String(number)
        } else if let text = try? container.decode(String.self), !text.isEmpty {
            value = text
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected an id")
        }
    }
}
