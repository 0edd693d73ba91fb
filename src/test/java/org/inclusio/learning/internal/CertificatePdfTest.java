package org.inclusio.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    private static final CertificateText.Labels BG = new CertificateText.Labels(
            "Удостоверение за завършен курс", "С настоящото се удостоверява, че", "завърши курса",
            "Дата", "Община", "Проверете удостоверението на", "Код");
    private static final CertificateText.Labels LV = new CertificateText.Labels(
            "Apliecība par kursa pabeigšanu", "Ar šo tiek apliecināts, ka", "ir pabeidzis kursu",
            "Datums", "Pašvaldība", "Pārbaudiet šo apliecību", "Kods");
    private static final CertificateText.Labels EN = new CertificateText.Labels(
            "Certificate of completion", "This is to certify that", "has completed the course",
            "Date", "Municipality", "Check this certificate at", "Code");

    private final CertificatePdf certificates = new CertificatePdf();

    @Test
    void bulgarianCertificateCarriesCyrillicText() throws IOException {
        var text = new CertificateText("Йорданка Щерева-Пеева", "Как да използваме имейла безопасно",
                "23 ноември 2026 г.", "Община Стара Загора", "BG4N-7TRE-X2QW",
                "https://inclusio.example/bg/verify/BG4N-7TRE-X2QW", "bg", BG);

        try (var pdf = Loader.loadPDF(certificates.render(text))) {
            assertShowsEverything(pdf, text);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("bg");
            assertThat(pdf.getDocumentInformation().getTitle())
                    .contains("Удостоверение за завършен курс", "Как да използваме имейла безопасно");
        }
    }

    @Test
    void latvianCertificateCarriesEveryDiacritic() throws IOException {
        var text = new CertificateText("Ģirts Ķēniņš Ločmeļģīķūžā", "Kā izveidot ikmēneša budžetu",
                "2026. gada 23. novembris", "Rīgas valstspilsētas pašvaldība", "LV7K-2QMX-9PDA",
                "https://inclusio.example/lv/verify/LV7K-2QMX-9PDA", "lv", LV);

        try (var pdf = Loader.loadPDF(certificates.render(text))) {
            var extracted = assertShowsEverything(pdf, text);
            for (var letter : List.of("ā", "č", "ē", "ģ", "ī", "ķ", "ļ", "ņ", "š", "ū", "ž")) {
                assertThat(text.personName()).as("test name has %s", letter).contains(letter);
                assertThat(extracted).as("letter %s", letter).contains(letter);
            }
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("lv");
            assertThat(pdf.getDocumentInformation().getTitle()).contains("Apliecība par kursa pabeigšanu");
        }
    }

    @Test
    void englishCertificateIsOneTaggedLandscapeA4PageWithTitleAndLink() throws IOException {
        var text = new CertificateText("Mary O'Neill", "Making a monthly budget", "23 November 2026",
                "Birmingham City Council", "EN9Z-3KLP-5WRT",
                "https://inclusio.example/en/verify/EN9Z-3KLP-5WRT", "en", EN);

        try (var pdf = Loader.loadPDF(certificates.render(text))) {
            assertShowsEverything(pdf, text);
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            var box = pdf.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(841.89f, offset(1f));
            assertThat(box.getHeight()).isCloseTo(595.28f, offset(1f));

            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("en");
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("Certificate of completion: Making a monthly budget \u2013 Mary O'Neill");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(catalog.getMarkInfo().isMarked()).as("tagged PDF").isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(linkTargets(pdf.getPage(0))).containsExactly(text.verificationUrl());
        }
    }

    @Test
    void longNameAndTitleStillFitOnePage() throws IOException {
        var text = new CertificateText(
                "Maximilian Alexander Bartholomew Fitzgerald-Montgomery Wolfeschlegelsteinhausenbergerdorff",
                "Priority debts and what happens if your rent or council tax is not paid on time, and where to get free help",
                "23 November 2026", "Birmingham City Council", "EN9Z-3KLP-5WRT",
                "https://inclusio.example/en/certificates/verify/EN9Z-3KLP-5WRT", "en", EN);

        try (var pdf = Loader.loadPDF(certificates.render(text))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(textOf(pdf)).contains("Maximilian", "Wolfeschlegelsteinhausenbergerdorff",
                    "where to get free help", text.verificationCode(), text.verificationUrl());
        }
    }

    @Test
    void markupInValuesIsShownLiterallyNotInterpreted() throws IOException {
        var text = new CertificateText("<script>&\"", "Scams & phishing <b>not bold</b>", "1 <March> 2026",
                "Town & \"Country\"", "A&B<C>", "https://inclusio.example/en/verify?code=A%26B&lang=en", "en", EN);

        try (var pdf = Loader.loadPDF(certificates.render(text))) {
            assertShowsEverything(pdf, text);
            assertThat(pdf.getDocumentInformation().getTitle()).endsWith("<script>&\"");
            assertThat(linkTargets(pdf.getPage(0))).containsExactly(text.verificationUrl());
        }
    }

    @Test
    void charactersXmlCannotCarryAreDroppedInsteadOfBreakingThePage() throws IOException {
        var text = new CertificateText("Anna\u0000 Bell\u0007", "Passwords", "1 March 2026", "Riga", "CODE-1",
                "not a web address", "en", EN);

        try (var pdf = Loader.loadPDF(certificates.render(text))) {
            var extracted = textOf(pdf);
            assertThat(extracted).contains("Anna Bell", "not a web address");
            assertThat(linkTargets(pdf.getPage(0))).isEmpty();
        }
    }

    @Test
    void onlyTheThreeLanguagesAreAccepted() {
        assertThatThrownBy(() -> new CertificateText("A", "B", "C", "D", "E", "https://x", "de", EN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAddressThatIsNotAValidWebAddressIsShownButNotLinked() throws IOException {
        var text = new CertificateText("Anna", "Passwords", "1 March 2026", "Riga", "CODE-1",
                "https://inclusio.example/verify?x=\"y\"", "en", EN);

        try (var pdf = Loader.loadPDF(certificates.render(text))) {
            assertThat(textOf(pdf)).contains("https://inclusio.example/verify?x=\"y\"");
            assertThat(linkTargets(pdf.getPage(0))).isEmpty();
        }
    }

    /** Asserts every value is real, extractable text set in embedded fonts; returns the page's text. */
    private static String assertShowsEverything(PDDocument pdf, CertificateText text) throws IOException {
        var extracted = textOf(pdf);
        var labels = text.labels();
        assertThat(extracted).contains(
                text.personName(), text.courseTitle(), text.completionDate(), text.municipality(),
                text.verificationCode(), text.verificationUrl(),
                labels.heading(), labels.certifyThat(), labels.completedCourse(), labels.dateLabel(),
                labels.municipalityLabel(), labels.checkAt(), labels.codeLabel());

        var resources = pdf.getPage(0).getResources();
        var fonts = new ArrayList<PDFont>();
        for (var name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        assertThat(fonts).isNotEmpty();
        assertThat(fonts).allSatisfy(font -> {
            assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
            assertThat(font.getName()).contains("DejaVu");
        });
        return extracted;
    }

    /** The page's text with line breaks and runs of spaces as single spaces, as a long name may wrap. */
    private static String textOf(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    private static List<String> linkTargets(PDPage page) throws IOException {
        var targets = new ArrayList<String>();
        for (var annotation : page.getAnnotations()) {
            if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                targets.add(uri.getURI());
            }
        }
        return targets;
    }
}
