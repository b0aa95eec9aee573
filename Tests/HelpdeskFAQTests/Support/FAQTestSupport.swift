import Foundation
import HelpdeskCore
import XCTest

/// Paths and the knowledge base shared by the FAQ tests.
enum FAQTestSupport {
    /// The package root.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var knowledgeBaseFolder: URL { root.appendingPathComponent("KnowledgeBase") }

    static let loaded: Result<KnowledgeBase, KnowledgeBaseError> = Result { () throws(KnowledgeBaseError) in
        try KnowledgeBase.load(from: knowledgeBaseFolder)
    }

    /// The repository's knowledge base, loaded once.
    static func knowledgeBase(file: StaticString = #filePath, line: UInt = #line) throws -> KnowledgeBase {
        switch loaded {
        case .success(let base): return base
        case .failure(let error):
            XCTFail(error.description, file: file, line: line)
            throw error
        }
    }

    /// A fresh temporary folder.
    static func temporaryFolder(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-faq-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A copy of the knowledge base in a fresh temporary folder, for tests that edit it.
    static func knowledgeBaseCopy() throws -> URL {
        let folder = try temporaryFolder("kb").appendingPathComponent("KnowledgeBase")
        try FileManager.default.copyItem(at: knowledgeBaseFolder, to: folder)
        return folder
    }

    /// Loads a knowledge base, failing the test with every problem when it does not load.
    static func load(_ folder: URL, file: StaticString = #filePath, line: UInt = #line) throws -> KnowledgeBase {
        do {
            return try KnowledgeBase.load(from: folder)
        } catch {
            XCTFail(error.description, file: file, line: line)
            throw error
        }
    }

    /// The FAQ guides of a language, by id.
    static func faqGuides(_ base: KnowledgeBase, _ language: Language) -> [Guide] {
        base.guides.filter { $0.locale == language && $0.faq }.sorted { $0.id < $1.id }
    }

    /// Parses JSON text into a dictionary.
    static func jsonObject(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try XCTUnwrap(object as? [String: Any], "not a JSON object", file: file, line: line)
    }
}
