package io.plantrail.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The change-by-change history: auditors, and the officers and administrators whose changes it
 * records. The scrutiny committee compares drafts instead.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasAnyRole('AUDITOR', 'OFFICER', 'ADMIN')")
public @interface HistoryReaders {
}
