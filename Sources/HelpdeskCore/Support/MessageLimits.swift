/// Limits on what Helpdesk accepts as one message.
public enum MessageLimits {
    /// The longest message answered, in UTF-8 bytes; longer input is refused with a clear error.
    public static let maximumBytes = 64 * 1024
}
