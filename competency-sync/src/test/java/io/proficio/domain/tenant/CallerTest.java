package io.proficio.domain.tenant;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CallerTest {

    static Stream<Arguments> permitted() {
        return Stream.of(
                Arguments.of(Set.of(TokenScope.ADMIN), Set.of(TokenScope.ADMIN)),
                Arguments.of(Set.of(TokenScope.INTEGRATION), Set.of(TokenScope.ADMIN, TokenScope.INTEGRATION)),
                Arguments.of(Set.of(TokenScope.ADMIN, TokenScope.INTEGRATION), Set.of(TokenScope.INTEGRATION)),
                Arguments.of(Set.of(TokenScope.OPERATOR), Set.of(TokenScope.OPERATOR)));
    }

    @ParameterizedTest(name = "[{index}] holds {0}, needs any of {1}")
    @MethodSource("permitted")
    void passesWhenTheTokenHoldsOneOfTheAllowedScopes(Set<TokenScope> held, Set<TokenScope> allowed) {
        Caller caller = caller(held);

        assertDoesNotThrow(() -> caller.requireAny(allowed));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(Set.of(TokenScope.INTEGRATION), Set.of(TokenScope.ADMIN)),
                Arguments.of(Set.of(TokenScope.ADMIN), Set.of(TokenScope.OPERATOR)),
                Arguments.of(Set.of(TokenScope.OPERATOR), Set.of(TokenScope.ADMIN, TokenScope.INTEGRATION)),
                Arguments.of(Set.of(), Set.of(TokenScope.INTEGRATION)));
    }

    @ParameterizedTest(name = "[{index}] holds {0}, needs any of {1}")
    @MethodSource("refused")
    void isForbiddenWhenTheTokenHoldsNoneOfTheAllowedScopes(Set<TokenScope> held, Set<TokenScope> allowed) {
        Caller caller = caller(held);

        ProficioException e = assertThrows(ProficioException.class, () -> caller.requireAny(allowed));

        assertEquals(ErrorCode.FORBIDDEN, e.code());
        assertEquals(403, e.code().status());
        assertTrue(e.violations().isEmpty());
    }

    @Test
    void namesTheNeededScopesInOrder() {
        Caller caller = caller(Set.of(TokenScope.OPERATOR));

        ProficioException e = assertThrows(ProficioException.class,
                () -> caller.requireAny(Set.of(TokenScope.INTEGRATION, TokenScope.ADMIN)));

        assertEquals("This call needs a token with scope admin or integration.", e.getMessage());
    }

    @Test
    void anEmptyAllowedSetIsForbiddenEvenToATokenWithEveryScope() {
        Caller caller = caller(EnumSet.allOf(TokenScope.class));

        ProficioException e = assertThrows(ProficioException.class, () -> caller.requireAny(Set.of()));

        assertEquals(ErrorCode.FORBIDDEN, e.code());
    }

    @Test
    void laterChangesToTheGivenScopesDoNotWidenTheCaller() {
        Set<TokenScope> scopes = new HashSet<>(Set.of(TokenScope.INTEGRATION));
        Caller caller = caller(scopes);

        scopes.add(TokenScope.ADMIN);

        assertEquals(Set.of(TokenScope.INTEGRATION), caller.scopes());
        ProficioException e = assertThrows(ProficioException.class, () -> caller.requireAny(Set.of(TokenScope.ADMIN)));
        assertEquals(ErrorCode.FORBIDDEN, e.code());
    }

    private static Caller caller(Set<TokenScope> scopes) {
        return new Caller(TenantId.generate(), ApiTokenId.generate(), scopes);
    }
}
