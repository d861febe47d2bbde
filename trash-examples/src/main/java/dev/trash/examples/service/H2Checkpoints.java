package dev.trash.examples.service;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * On an H2 file database, holds the answer of every request that changes something until H2 has written its
 * store to the file ({@code CHECKPOINT}): with {@code WRITE_DELAY=0} alone, a process killed right after an
 * answer still lost the last commit in the crash test about one round in three. The answer is buffered, so
 * nothing reaches the client before the checkpoint; reads pass straight through.
 */
final class H2Checkpoints extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final DataSource dataSource;

    H2Checkpoints(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether a JDBC URL names an H2 database on disk, the one kind that needs this. */
    static boolean applies(String url) {
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (READS.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, held);
        if (held.getStatus() < 300) {
            checkpoint();
        }
        held.copyBodyToResponse();
    }

    private void checkpoint() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new IllegalStateException("H2 could not write its store to disk", e);
        }
    }
}
