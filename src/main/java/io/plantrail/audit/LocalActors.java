package io.plantrail.audit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.stereotype.Component;

/** Until sign-in exists, changes are recorded against the configured local user. */
@Component
@ConditionalOnMissingBean(value = Actors.class, ignored = LocalActors.class)
class LocalActors implements Actors {

    private final String name;

    LocalActors(@Value("${plantrail.local-actor:local-officer}") String name) {
        this.name = name;
    }

    @Override
    public String current() {
        return name;
    }
}
