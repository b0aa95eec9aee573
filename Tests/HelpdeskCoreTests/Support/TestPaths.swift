import Foundation

/// Paths of the repository, found from this file's location.
enum TestPaths {
    /// The package root.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var knowledgeBase: URL { root.appendingPathComponent("KnowledgeBase") }

    /// `../shared/eval/dev.csv` beside the checkout.
    static var devSet: URL { root.deletingLastPathComponent().appendingPathComponent("shared/eval/dev.csv") }

    /// A copy of the knowledge base in a fresh temporary folder, for tests that edit it.
    static func knowledgeBaseCopy() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-kb-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: knowledgeBase, to: folder)
        return folder
    }
}
