package dev.paydesk.domain.payoutaccount;

import dev.paydesk.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Attachment file names are Latin letters, digits, {@code -}, {@code _} and {@code .} only (no spaces,
 * no accents); anything else, or no name at all, asks the merchant to rename the file.
 */
public final class AttachmentNameCheck {
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]+");

    private AttachmentNameCheck() {
    }

    public static boolean isAcceptable(String fileName) {
        return fileName != null && FILE_NAME.matcher(fileName).matches();
    }

    /** One {@code rename_attachment} per badly named document, at {@code documents[i].file_name}. */
    public static List<FieldError> check(List<PayoutDocument> documents) {
        List<FieldError> problems = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            if (!isAcceptable(documents.get(i).fileName())) {
                problems.add(RejectionReason.RENAME_ATTACHMENT.at("documents[" + i + "].file_name"));
            }
        }
        return problems;
    }
}
