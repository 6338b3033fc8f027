package org.auditbench.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.auditbench.model.Review;
import org.auditbench.model.SignOff;

/** Review periods and their sign-offs. A signed review's row is read-only (a schema trigger enforces it). */
public final class ReviewDao {

    private static final String SELECT = "SELECT id, period, period_start, period_end, opened_at, opened_by,"
            + " decisions_after, decisions_through, scan_id, signed_at, reviewer, role, statement, findings_sha256,"
            + " decisions_sha256, report_sha256, signoff_audit_seq FROM reviews";

    private final Connection connection;
    private final Clock clock;

    ReviewDao(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /** The review currently open for decisions, if any (there is at most one). */
    public Optional<Review> open() throws WorkspaceException {
        return query(SELECT + " WHERE signed_at IS NULL ORDER BY id DESC LIMIT 1", null).stream().findFirst();
    }

    /** The newest review, open or signed. */
    public Optional<Review> latest() throws WorkspaceException {
        return query(SELECT + " ORDER BY id DESC LIMIT 1", null).stream().findFirst();
    }

    public Optional<Review> byId(long id) throws WorkspaceException {
        return query(SELECT + " WHERE id = ?", id).stream().findFirst();
    }

    /** Every review, oldest first. */
    public List<Review> all() throws WorkspaceException {
        return query(SELECT + " ORDER BY id", null);
    }

    /** Records a new open review holding the decisions after {@code decisionsAfter}. Call inside a transaction. */
    public Review insert(String period, LocalDate start, LocalDate end, String openedBy, long decisionsAfter)
            throws WorkspaceException {
        String at = clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO reviews (period, period_start, period_end,"
                + " opened_at, opened_by, decisions_after) VALUES (?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, period);
            s.setString(2, start.toString());
            s.setString(3, end.toString());
            s.setString(4, at);
            s.setString(5, openedBy);
            s.setLong(6, decisionsAfter);
            s.executeUpdate();
            return byId(SnapshotWriter.generatedKey(s)).orElseThrow();
        } catch (SQLException e) {
            throw new WorkspaceException("cannot open review " + period + ": " + e.getMessage(), e);
        }
    }

    /** Signs the review off, after which its row is read-only. Call inside a transaction. */
    public void signOff(long reviewId, long decisionsThrough, SignOff signOff) throws WorkspaceException {
        try (PreparedStatement s = connection.prepareStatement("UPDATE reviews SET decisions_through = ?, scan_id = ?,"
                + " signed_at = ?, reviewer = ?, role = ?, statement = ?, findings_sha256 = ?, decisions_sha256 = ?,"
                + " report_sha256 = ?, signoff_audit_seq = ? WHERE id = ? AND signed_at IS NULL")) {
            s.setLong(1, decisionsThrough);
            s.setLong(2, signOff.scanId());
            s.setString(3, signOff.signedAt().toString());
            s.setString(4, signOff.reviewer());
            s.setString(5, signOff.role());
            s.setString(6, signOff.statement());
            s.setString(7, signOff.findingsSha256());
            s.setString(8, signOff.decisionsSha256());
            s.setString(9, signOff.reportSha256());
            s.setLong(10, signOff.auditSeq());
            s.setLong(11, reviewId);
            if (s.executeUpdate() != 1) {
                throw new WorkspaceException("review " + reviewId + " is not open for sign-off");
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot sign off review " + reviewId + ": " + e.getMessage(), e);
        }
    }

    private List<Review> query(String sql, Long id) throws WorkspaceException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            if (id != null) {
                s.setLong(1, id);
            }
            List<Review> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read reviews: " + e.getMessage(), e);
        }
    }

    private static Review read(ResultSet rs) throws SQLException {
        long through = rs.getLong(8);
        Long decisionsThrough = rs.wasNull() ? null : through;
        SignOff signOff = null;
        if (rs.getString(10) != null) {
            signOff = new SignOff(rs.getString(11), rs.getString(12), rs.getString(13),
                    DecisionDao.instant(rs.getString(10)), rs.getLong(9), rs.getString(14), rs.getString(15),
                    rs.getString(16), rs.getLong(17));
        }
        return new Review(rs.getLong(1), rs.getString(2), LocalDate.parse(rs.getString(3)),
                LocalDate.parse(rs.getString(4)), DecisionDao.instant(rs.getString(5)), rs.getString(6), rs.getLong(7),
                decisionsThrough, signOff);
    }
}
