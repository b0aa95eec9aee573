import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskStore

/// What a command works with: the knowledge base, the database and the clock.
struct AppContext {
    let options: GlobalOptions

    var clock: Clock { options.clock }

    /// Loads the knowledge base, printing every problem and failing when there is one.
    func knowledgeBase() throws -> KnowledgeBase {
        do {
            return try KnowledgeBase.load(from: URL(fileURLWithPath: options.kb))
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
    }

    func assistant() throws -> Assistant { Assistant(knowledgeBase: try knowledgeBase()) }

    /// Opens (creating and migrating if needed) the database.
    func database() throws -> AppDatabase {
        do {
            return try AppDatabase(path: options.databasePath)
        } catch {
            Console.error("cannot open database \(options.databasePath): \(error)")
            throw ExitCode(2)
        }
    }
}

/// Writing to the terminal: data to stdout, messages to stderr.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func print(_ text: String) {
        Swift.print(text)
    }
}
