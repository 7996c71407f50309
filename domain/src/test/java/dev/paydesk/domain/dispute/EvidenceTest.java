package dev.paydesk.domain.dispute;

import static dev.paydesk.domain.dispute.DisputeFixtures.JPEG;
import static dev.paydesk.domain.dispute.DisputeFixtures.PDF;
import static dev.paydesk.domain.dispute.DisputeFixtures.PNG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import dev.paydesk.domain.shared.FieldError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    private static EvidenceSubmission documents(DocumentUpload... uploads) {
        return new EvidenceSubmission(null, null, null, null, null, Arrays.asList(uploads));
    }

    private static EvidenceSubmission text(String productDescription) {
        return new EvidenceSubmission(productDescription, null, null, null, null, List.of());
    }

    private static List<Tuple> problemsOf(EvidenceSubmission submission) {
        try {
            submission.validate();
        } catch (DomainException refused) {
            assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            return refused.errors().stream().map(e -> tuple(e.field(), e.code())).toList();
        }
        throw new AssertionError("the submission was accepted");
    }

    private static byte[] sized(byte[] start, int size) {
        return Arrays.copyOf(start, size);
    }

    @Test
    void theTypeIsFoundInTheContent() {
        Evidence evidence = documents(new DocumentUpload("a.pdf", null, PDF), new DocumentUpload("b.png", null, PNG),
                new DocumentUpload("c.jpg", null, JPEG)).validate();

        assertThat(evidence.documents()).extracting(EvidenceDocument::contentType)
                .containsExactly(EvidenceFileType.PDF, EvidenceFileType.PNG, EvidenceFileType.JPEG);
    }

    @Test
    void aDocumentKeepsItsNameSizeAndContentAddress() {
        EvidenceDocument document = documents(new DocumentUpload("receipt_2026-11.pdf", "application/pdf", PDF)).validate().documents().get(0);

        assertThat(document).isEqualTo(new EvidenceDocument("receipt_2026-11.pdf", EvidenceFileType.PDF, PDF.length,
                "9e8c0ceac32564d501b881dee18a9324aa8ab6c2b4d47c777f3d5ecdd0b18952"));
    }

    @Test
    void theNameDoesNotDecideTheType() {
        assertThat(documents(new DocumentUpload("photo.pdf", null, PNG)).validate().documents().get(0).contentType())
                .isEqualTo(EvidenceFileType.PNG);
        assertThat(problemsOf(documents(new DocumentUpload("invoice.pdf", "application/pdf",
                "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)))))
                .containsExactly(tuple("documents[0].content_base64", "unsupported_file_type"));
    }

    @Test
    void aSignatureCutShortIsNotRecognised() {
        assertThat(problemsOf(documents(new DocumentUpload("a.png", null, Arrays.copyOf(PNG, 7)))))
                .containsExactly(tuple("documents[0].content_base64", "unsupported_file_type"));
        assertThat(problemsOf(documents(new DocumentUpload("a.pdf", null, "%PDF".getBytes(StandardCharsets.US_ASCII)))))
                .containsExactly(tuple("documents[0].content_base64", "unsupported_file_type"));
    }

    @Test
    void aDeclaredTypeThatDisagreesWithTheContentIsRefused() {
        assertThat(problemsOf(documents(new DocumentUpload("a.pdf", "application/pdf", PNG), new DocumentUpload("b.png", "text/plain", PNG))))
                .containsExactly(tuple("documents[0].content_type", "content_type_mismatch"), tuple("documents[1].content_type", "content_type_mismatch"));
    }

    @Test
    void aDeclaredTypeMatchesWhateverItsCaseParametersOrJpegAlias() {
        assertThat(documents(new DocumentUpload("a.jpg", "image/jpg", JPEG), new DocumentUpload("b.jpg", "IMAGE/JPEG", JPEG),
                new DocumentUpload("c.pdf", "application/pdf; charset=binary", PDF), new DocumentUpload("d.png", " ", PNG)).validate().documents())
                .hasSize(4);
    }

    @Test
    void aDocumentOfExactlyFiveMebibytesIsAcceptedAndOneByteMoreIsNot() {
        int limit = 5 * 1024 * 1024;
        assertThat(documents(new DocumentUpload("big.pdf", null, sized(PDF, limit))).validate().documents().get(0).sizeBytes()).isEqualTo(limit);
        assertThat(problemsOf(documents(new DocumentUpload("big.pdf", null, sized(PDF, limit + 1)))))
                .containsExactly(tuple("documents[0].content_base64", "file_too_large"));
    }

    @Test
    void anEmptyDocumentIsRefused() {
        assertThat(problemsOf(documents(new DocumentUpload("a.pdf", null, new byte[0]))))
                .containsExactly(tuple("documents[0].content_base64", "empty_file"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "my receipt.pdf", "reçu.pdf", ".hidden.pdf", "a..pdf", "../etc/passwd", "dir/a.pdf", "a\\b.pdf",
            "a\u0000.pdf", "файл.pdf", "a.pdf\n"})
    void fileNamesOtherThanLatinLettersDigitsDashUnderscoreAndDotAreRefused(String name) {
        assertThat(problemsOf(documents(new DocumentUpload(name, null, PDF))))
                .containsExactly(tuple("documents[0].file_name", "invalid_file_name"));
    }

    @Test
    void fileNamesOfUpTo200AllowedCharactersAreAccepted() {
        String longest = "a".repeat(196) + ".pdf";
        assertThat(documents(new DocumentUpload(longest, null, PDF), new DocumentUpload("Scan_01-final.v2.PDF", null, PDF),
                new DocumentUpload("x", null, PDF)).validate().documents()).hasSize(3);
        assertThat(problemsOf(documents(new DocumentUpload("a" + longest, null, PDF))))
                .containsExactly(tuple("documents[0].file_name", "invalid_file_name"));
        assertThat(problemsOf(documents(new DocumentUpload(null, null, PDF))))
                .containsExactly(tuple("documents[0].file_name", "invalid_file_name"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        EvidenceSubmission submission = new EvidenceSubmission("x".repeat(20_001), null, null, null, null, Arrays.asList(
                new DocumentUpload("ok.pdf", null, PDF),
                new DocumentUpload("bad name.png", "image/jpeg", PNG),
                new DocumentUpload("notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)),
                null));

        assertThat(problemsOf(submission)).containsExactly(
                tuple("product_description", "too_long"),
                tuple("documents[1].file_name", "invalid_file_name"),
                tuple("documents[1].content_type", "content_type_mismatch"),
                tuple("documents[2].content_base64", "unsupported_file_type"),
                tuple("documents[3]", "required"));
    }

    @Test
    void evidenceNeedsAtLeastOneTextOrOneDocument() {
        assertThat(problemsOf(new EvidenceSubmission(null, " ", "", null, null, List.of()))).containsExactly(tuple("evidence", "evidence_required"));
        assertThat(text("The kettle was delivered on 2 Dec.").validate().texts())
                .containsExactly(java.util.Map.entry("product_description", "The kettle was delivered on 2 Dec."));
        assertThat(documents(new DocumentUpload("a.pdf", null, PDF)).validate().texts()).isEmpty();
    }

    @Test
    void aBlankTextCountsAsAbsent() {
        Evidence evidence = new EvidenceSubmission("kettle", "   ", null, null, null, List.of()).validate();
        assertThat(evidence.customerCommunication()).isNull();
        assertThat(evidence.texts()).containsOnlyKeys("product_description");
    }

    @Test
    void eachTextHasAtMostTwentyThousandCharacters() {
        assertThat(text("é".repeat(20_000)).validate().productDescription()).hasSize(20_000);
        assertThat(problemsOf(new EvidenceSubmission(null, null, null, "x".repeat(20_001), "y".repeat(20_001), List.of())))
                .containsExactly(tuple("refund_policy", "too_long"), tuple("uncategorized_text", "too_long"));
    }

    @Test
    void atMostTenDocuments() {
        List<DocumentUpload> eleven = new ArrayList<>(Collections.nCopies(11, new DocumentUpload("a.pdf", null, PDF)));
        assertThat(problemsOf(new EvidenceSubmission(null, null, null, null, null, eleven))).containsExactly(tuple("documents", "too_many_documents"));
        assertThat(new EvidenceSubmission(null, null, null, null, null, eleven.subList(0, 10)).validate().documents()).hasSize(10);
    }

    @Test
    void evidenceRebuiltFromStorageIsCheckedToo() {
        assertThatThrownBy(() -> new Evidence(null, null, null, null, null, List.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.errors()).extracting(FieldError::code).containsExactly("evidence_required"));
        assertThatThrownBy(() -> new EvidenceDocument("../x.pdf", EvidenceFileType.PDF, 10, "a".repeat(64))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EvidenceDocument("x.pdf", EvidenceFileType.PDF, 5L * 1024 * 1024 + 1, "a".repeat(64))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EvidenceDocument("x.pdf", EvidenceFileType.PDF, 10, "A".repeat(64))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUploadIsACopyOfTheBytesItWasGiven() {
        byte[] bytes = PDF.clone();
        DocumentUpload upload = new DocumentUpload("a.pdf", null, bytes);
        bytes[0] = 'X';
        upload.content()[1] = 'X';
        assertThat(documents(upload).validate().documents()).hasSize(1);
    }
}
