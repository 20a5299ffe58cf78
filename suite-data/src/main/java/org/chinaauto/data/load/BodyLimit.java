package org.chinaauto.data.load;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.chinaauto.common.problem.ProblemException;
import org.chinaauto.data.config.LoadSettings;

/** Caps the size of a request body, with a 413 problem instead of an unbounded read. */
public final class BodyLimit {

    private BodyLimit() {
    }

    /**
     * Checks the declared length up front and wraps the stream so that a body sent without a length (chunked)
     * is cut off at the same limit.
     */
    public static InputStream limit(InputStream body, Long declaredLength, LoadSettings settings) {
        long maxBytes = settings.maxBytes();
        if (declaredLength != null && declaredLength > maxBytes) {
            throw tooLarge(maxBytes);
        }
        return new FilterInputStream(body) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) {
                read += n;
                if (read > maxBytes) {
                    throw tooLarge(maxBytes);
                }
            }
        };
    }

    private static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(413, "Body too large", "The request body is larger than the limit of " + maxBytes
                + " bytes; split the load into smaller batches");
    }
}
