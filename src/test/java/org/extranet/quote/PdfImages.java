package org.extranet.quote;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** What a PDF's first page really carries, read with PDFBox: the pixel sizes of its images. */
public final class PdfImages {

    private PdfImages() {
    }

    public static List<List<Integer>> onFirstPage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return onFirstPage(document);
        }
    }

    static List<List<Integer>> onFirstPage(PDDocument document) throws IOException {
        var page = document.getPage(0);
        List<List<Integer>> sizes = new ArrayList<>();
        for (var name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                sizes.add(List.of(image.getWidth(), image.getHeight()));
            }
        }
        return sizes;
    }
}
