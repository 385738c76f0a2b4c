package dev.kith.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SampleImportsTest {
    @Test
    void generatedFilesAreDeterministic() {
        assertThat(SampleImports.linkedin(50)).isEqualTo(SampleImports.linkedin(50)).contains("First Name,Last Name");
        assertThat(SampleImports.vcards(20)).isEqualTo(SampleImports.vcards(20)).contains("END:VCARD\r\n");
        assertThat(SampleImports.text(ImportFormat.VCARD, 20)).isEqualTo(SampleImports.vcards(20));
    }

    @Test
    void onlyLinkedInAndVCardAreGenerated() {
        assertThatThrownBy(() -> SampleImports.text(ImportFormat.GOOGLE, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
