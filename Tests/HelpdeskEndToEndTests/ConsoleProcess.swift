import Foundation
import XCTest

/// `helpdesk console` on pipes, fed a line at a time, its output read as it comes.
final class ConsoleProcess: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSLock()
    private var received = Data()
    private var reader: Thread?

    init(_ helpdesk: HelpdeskProcess, _ arguments: [String]) throws {
        process.executableURL = HelpdeskProcess.binary
        process.arguments = ["console"] + arguments + ["--db", helpdesk.database.path, "--kb", helpdesk.knowledgeBase.path]
        process.currentDirectoryURL = helpdesk.folder
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "HELPDESK_DB")
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let handle = output.fileHandleForReading
        let thread = Thread { [weak self] in
            while true {
                let data = handle.availableData
                if data.isEmpty { return }
                self?.append(data)
            }
        }
        reader = thread
        thread.start()
    }

    private func append(_ data: Data) { lock.withLock { received.append(data) } }

    /// Everything printed so far.
    var text: String { lock.withLock { String(decoding: received, as: UTF8.self) } }

    /// Output lines so far.
    var lines: [String] { text.split(separator: "\n").map(String.init) }

    /// Sends one line, as if typed.
    func send(_ line: String) { input.fileHandleForWriting.write(Data((line + "\n").utf8)) }

    /// Closes the input (end of the script).
    func closeInput() throws { try input.fileHandleForWriting.close() }

    /// Sends SIGINT, as Ctrl-C does.
    func interrupt() { process.interrupt() }

    /// Polls the output until `condition` holds.
    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval = 30, file: StaticString = #filePath, line: UInt = #line, _ condition: (String) -> Bool)
        throws -> String
    {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let current = text
            if condition(current) { return current }
            Thread.sleep(forTimeInterval: 0.02)
        }
        XCTFail("timed out waiting for \(what); output:\n\(text)", file: file, line: line)
        throw CancellationError()
    }

    /// Waits for the process to end and returns its exit status.
    func waitForExit(timeout: TimeInterval = 30, file: StaticString = #filePath, line: UInt = #line) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning {
            process.terminate()
            XCTFail("the console did not end; output:\n\(text)", file: file, line: line)
            throw CancellationError()
        }
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { process.terminate() }
    }
}
