/// Concord's version, shared by the library, the command line and the C interface.
public enum ConcordVersion {
    /// The release number, e.g. `0.10.0`.
    public static let number: StaticString = "0.10.0"
}
