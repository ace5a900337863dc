package io.plantrail.graphql;

import java.util.List;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;

/** Who is asking: a screen hides what the person's roles do not allow, rather than failing on it. */
@Controller
class SignedInQueries {

    private static final String ROLE = "ROLE_";

    record SignedInPerson(String name, List<String> roles) {
    }

    @QueryMapping
    SignedInPerson me(Authentication person) {
        List<String> roles = person.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE)).map(authority -> authority.substring(ROLE.length()))
                .sorted().toList();
        return new SignedInPerson(person.getName(), roles);
    }
}
