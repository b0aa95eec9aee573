import Foundation
import XCTest

/// Debian's Chromium, headless: renders a page after its scripts ran (`--dump-dom`) or takes a
/// screenshot at a given window size. Installed by `scripts/install-system-packages`.
struct HeadlessChromium {
    let executable: URL
    let profile: URL

    /// Finds `chromium` on the PATH; fails the test with how to install it when it is missing.
    static func find(file: StaticString = #filePath, line: UInt = #line) throws -> HeadlessChromium {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":").map(String.init) + ["/usr/bin"] {
            for name in ["chromium", "chromium-browser"] {
                let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) {
                    let profile = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-chromium-\(UUID().uuidString)")
                    return HeadlessChromium(executable: candidate, profile: profile)
                }
            }
        }
        XCTFail("chromium is not installed: run scripts/install-system-packages", file: file, line: line)
        throw CocoaError(.fileNoSuchFile)
    }

    /// The page's DOM after loading (scripts run), as HTML.
    func dumpDOM(_ url: URL) throws -> String {
        String(decoding: try run(["--dump-dom", url.absoluteString]), as: UTF8.self)
    }

    /// The page's DOM after loading in a window of `width`×`height` CSS pixels.
    func dumpDOM(_ url: URL, width: Int, height: Int) throws -> String {
        String(decoding: try run(["--window-size=\(width),\(height)", "--dump-dom", url.absoluteString]), as: UTF8.self)
    }

    /// A PNG screenshot of the page in a window of `width`×`height` CSS pixels.
    func screenshot(_ url: URL, to png: URL, width: Int, height: Int) throws {
        try run(["--window-size=\(width),\(height)", "--screenshot=\(png.path)", url.absoluteString])
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-dev-shm-usage",
            "--force-device-scale-factor=1", "--user-data-dir=\(profile.path)",
        ] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: deadline)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        deadline.cancel()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "chromium exited with \(process.terminationStatus)"])
        }
        return data
    }
}
