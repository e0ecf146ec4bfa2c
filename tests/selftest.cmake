# SPDX-License-Identifier: GPL-3.0-or-later
# Builds a small demo store with lanternectl, then runs `lanterne --self-test` on it.
file(REMOVE_RECURSE ${WORKDIR})
file(MAKE_DIRECTORY ${WORKDIR})
set(db ${WORKDIR}/selftest.db)
execute_process(COMMAND ${LANTERNECTL} --db ${db} demo --tickets 3000 --seed 7 --until 2026-06-30
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lanternectl demo failed: ${rc}")
endif()
execute_process(COMMAND ${LANTERNE} --db ${db} --self-test RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lanterne --self-test failed: ${rc}")
endif()
