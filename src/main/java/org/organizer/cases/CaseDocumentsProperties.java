package org.organizer.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of source documents.
 *
 * @param maxSize the largest document a case team may attach to a source; kept below the server's multipart
 *     limit (spring.servlet.multipart.max-file-size) so a refusal is a translated message naming the limit
 */
@ConfigurationProperties("organizer.cases.documents")
public record CaseDocumentsProperties(@DefaultValue("16MB") DataSize maxSize) {

    long maxMegabytes() {
        return maxSize.toMegabytes();
    }
}
