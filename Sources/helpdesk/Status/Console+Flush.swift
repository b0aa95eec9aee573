import Foundation

extension Console {
    /// Sends what was printed on its way now (standard output is buffered when it is not a
    /// terminal, and a long-running command should be readable as it goes).
    static func flush() {
        fflush(nil)
    }
}
