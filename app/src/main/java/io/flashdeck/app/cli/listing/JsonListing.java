package io.flashdeck.app.cli.listing;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import io.flashdeck.core.volume.FileEntry;
import java.io.IOException;
import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * JSON lines: {@code {"path":"/images/a.jpg","name":"a.jpg","type":"file","size":N,"modified":"2026-11-24T09:07:00"}}
 * with the path absolute within the volume, size 0 for directories and modified null when unknown.
 * Headings are left out: every object carries its full path.
 */
final class JsonListing implements ListingPrinter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private final PrintStream out;
    private JsonGenerator json;

    JsonListing(PrintStream out) {
        this.out = out;
    }

    @Override
    public void group(String heading, List<Row> rows) throws IOException {
        JsonGenerator generator = generator();
        for (Row row : rows) {
            FileEntry entry = row.entry();
            generator.writeStartObject();
            generator.writeStringField("path", entry.path().toString());
            generator.writeStringField("name", entry.name());
            generator.writeStringField("type", entry.isDirectory() ? "dir" : "file");
            generator.writeNumberField("size", entry.size());
            if (entry.modified() == null) {
                generator.writeNullField("modified");
            } else {
                generator.writeStringField("modified", TIME.format(entry.modified()));
            }
            generator.writeEndObject();
            generator.writeRaw('\n');
        }
        generator.flush();
    }

    /** Made on first use, so the other formats never load Jackson. */
    private JsonGenerator generator() throws IOException {
        if (json == null) {
            JsonFactory factory = new JsonFactoryBuilder().rootValueSeparator((String) null).build();
            json = factory.createGenerator(out, JsonEncoding.UTF8).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        }
        return json;
    }
}
