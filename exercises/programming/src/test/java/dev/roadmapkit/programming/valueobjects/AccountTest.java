package dev.roadmapkit.programming.valueobjects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Label("programming/value-objects: Account")
class AccountTest {

  @Test
  @DisplayName("a new account has its id and balance 0; deposits add up")
  void deposits() {
    Account account = new Account("acc-1");
    assertThat(account.id()).isEqualTo("acc-1");
    assertThat(account.balance()).as("a new account starts at 0").isZero();
    account.deposit(30);
    account.deposit(12);
    assertThat(account.balance()).as("30 + 12").isEqualTo(42);
  }

  @Test
  @DisplayName("a blank id and a deposit below 1 are refused")
  void validation() {
    assertThatIllegalArgumentException()
        .as("new Account(\"\"): an entity needs an identity")
        .isThrownBy(() -> new Account(""));
    assertThatIllegalArgumentException()
        .as("new Account(\"  \")")
        .isThrownBy(() -> new Account("  "));
    Account account = new Account("acc-2");
    assertThatIllegalArgumentException()
        .as("deposit(0)")
        .isThrownBy(() -> account.deposit(0))
        .withMessageContaining("0");
    assertThatIllegalArgumentException()
        .as("deposit(-5): that would be a withdrawal")
        .isThrownBy(() -> account.deposit(-5))
        .withMessageContaining("-5");
    assertThat(account.balance()).as("refused deposits change nothing").isZero();
    account.deposit(1);
    assertThat(account.balance()).as("1 is the smallest deposit").isEqualTo(1);
  }

  @Test
  @DisplayName("an account in a HashSet is still found after a deposit")
  void foundAfterDeposit() {
    Account account = new Account("acc-3");
    Set<Account> accounts = new HashSet<>();
    accounts.add(account);
    Map<Account, String> owners = new HashMap<>();
    owners.put(account, "Ada");

    account.deposit(100);

    assertThat(accounts.contains(account))
        .as(
            "the balance changed, the account is the same: a hashCode that includes the balance"
                + " changes with it and the HashSet looks in the wrong bucket. Hash the id only")
        .isTrue();
    assertThat(owners.get(account)).as("the same goes for a HashMap key").isEqualTo("Ada");
  }

  @Test
  @DisplayName("two objects with the same id are the same account, whatever their balances")
  void identityEquality() {
    Account loaded = new Account("acc-4");
    Account loadedAgain = new Account("acc-4");
    loaded.deposit(50);
    assertThat(loaded)
        .as(
            "both objects stand for account acc-4, though one has seen a deposit: equal. An"
                + " entity is its identity, not its state")
        .isEqualTo(loadedAgain);
    assertThat(loaded.hashCode()).isEqualTo(loadedAgain.hashCode());
    assertThat(loaded).as("another id is another account").isNotEqualTo(new Account("acc-5"));
    assertThat(loaded.equals(null)).as("equals(null) is false").isFalse();
    assertThat(loaded.equals("acc-4")).as("a String is not an Account").isFalse();
  }

  @Test
  @DisplayName("different ids spread over different hash codes")
  void hashSpreads() {
    Set<Integer> hashes = new HashSet<>();
    for (String id : List.of("acc-1", "acc-2", "acc-3", "acc-4")) {
      hashes.add(new Account(id).hashCode());
    }
    assertThat(hashes)
        .as(
            "four ids gave these hash codes: a constant hashCode keeps the contract but puts every"
                + " account into one bucket, and a HashSet becomes a slow list. Use id.hashCode()")
        .hasSizeGreaterThan(1);
  }

  @Property(tries = 100)
  @Label("deposits never change the hash code or equality")
  void hashStable(
      @ForAll("ids") String id,
      @ForAll @Size(max = 6) List<@LongRange(min = 1, max = 1000) Long> amounts) {
    Account account = new Account(id);
    Account twin = new Account(account.id());
    int before = account.hashCode();
    for (long amount : amounts) {
      account.deposit(amount);
      assertThat(account.hashCode())
          .as("hashCode after depositing %s: it must stay what it was (the id's)", amounts)
          .isEqualTo(before)
          .isEqualTo(twin.hashCode());
      assertThat(account).as("still equal to a fresh object with the same id").isEqualTo(twin);
    }
  }

  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.of("acc-1", "acc-2", "x");
  }
}
