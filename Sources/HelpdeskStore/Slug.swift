/// Ids made from names: `Amazon connection` → `amazon-connection`.
enum Slug {
    /// Lower-cased letters and digits, with one `-` for each run of anything else, trimmed of `-`.
    static func make(_ name: String) -> String {
        var slug = ""
        var pendingDash = false
        for character in name.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.append(character)
            } else {
                pendingDash = true
            }
        }
        return slug
    }
}
