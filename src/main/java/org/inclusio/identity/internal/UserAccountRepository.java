package org.inclusio.identity.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** Every query here is limited to the signed-in person's municipality by Hibernate's tenant filter. */
interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

	Optional<UserAccount> findByEmailNormalized(String emailNormalized);

	boolean existsByEmailNormalized(String emailNormalized);

	List<UserAccount> findAllByOrderByDisplayNameAsc();
}
