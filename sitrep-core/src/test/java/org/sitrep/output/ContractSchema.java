package org.sitrep.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The project's copy of the output contract (docs/document.schema.json), for validating output in tests. */
public final class ContractSchema {
    private static final JsonSchema SCHEMA = load();

    private ContractSchema() {
    }

    /** The repository root: the nearest directory upwards that holds docs/document.schema.json. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/document.schema.json"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("docs/document.schema.json not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    public static Path schemaFile() {
        return repositoryRoot().resolve("docs/document.schema.json");
    }

    /** Validation problems of one output object; empty when it is valid. */
    public static List<String> problems(JsonNode document) {
        return SCHEMA.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static JsonSchema load() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(schemaFile().toUri().toString()));
    }
}
