package org.organizer.platform.backup;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The layout of a backup zip: {@code manifest.json}, one CSV per table under {@code tables/} (PostgreSQL
 * {@code COPY} format with a header line), and the uploaded files under {@code files/}.
 */
final class BackupFormat {

    static final String MANIFEST = "manifest.json";
    static final String TABLES = "tables/";
    static final String FILES = "files/";

    private static final Pattern SAFE_NAME = Pattern.compile("[^\\\\:\\x00]+");
    private static final JsonMapper json = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private BackupFormat() {}

    static String tableEntry(String table) {
        return TABLES + table + ".csv";
    }

    static byte[] write(BackupManifest manifest) {
        return json.writeValueAsBytes(manifest);
    }

    static BackupManifest read(byte[] bytes) {
        BackupManifest manifest;
        try {
            JsonNode tree = json.readTree(bytes);
            JsonNode version = tree.path("formatVersion");
            // The version decides how the rest is read, so it is checked before anything else.
            if (!version.isInt() || version.intValue() != BackupManifest.FORMAT_VERSION) {
                throw new InvalidBackup("it has format version " + (version.isMissingNode() ? "(none)" : version)
                        + "; this Organizer reads version " + BackupManifest.FORMAT_VERSION);
            }
            manifest = json.treeToValue(tree, BackupManifest.class);
        } catch (JacksonException e) {
            throw new InvalidBackup("its manifest.json cannot be read (" + e.getOriginalMessage() + ")");
        }
        if (manifest.schemaVersion() == null || manifest.tables() == null || manifest.sequences() == null) {
            throw new InvalidBackup("its manifest.json lacks the schema version, tables or sequences");
        }
        return manifest;
    }

    /**
     * The path below the files directory a {@code files/} entry is restored to, or null for a name that could
     * reach outside it: absolute, {@code ..}, backslashes, drive letters.
     */
    static @Nullable String safeFilePath(String entryName) {
        String path = entryName.substring(FILES.length());
        if (path.isEmpty() || path.startsWith("/") || !SAFE_NAME.matcher(path).matches()) {
            return null;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return null;
            }
        }
        return path;
    }
}
