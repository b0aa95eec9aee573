import Foundation
import HelpdeskCore
import XCTest

/// The default knowledge base, loaded once for all tests.
enum Shared {
    static let result: Result<KnowledgeBase, KnowledgeBaseError> = Result { () throws(KnowledgeBaseError) in
        try KnowledgeBase.load(from: TestPaths.knowledgeBase)
    }

    static func knowledgeBase(file: StaticString = #filePath, line: UInt = #line) throws -> KnowledgeBase {
        switch result {
        case .success(let base): return base
        case .failure(let error):
            XCTFail(error.description, file: file, line: line)
            throw error
        }
    }

    static let assistantResult: Result<Assistant, KnowledgeBaseError> = result.map { Assistant(knowledgeBase: $0) }

    static func assistant(file: StaticString = #filePath, line: UInt = #line) throws -> Assistant {
        Assistant(knowledgeBase: try knowledgeBase(file: file, line: line))
    }

    static func date(_ text: String) -> Date {
        ISO8601.parse(text) ?? Date(timeIntervalSince1970: 0)
    }
}
