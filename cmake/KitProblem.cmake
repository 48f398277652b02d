# kit_problem(<slug> [ROOT <dir>]): builds one problem package's tools into
# build/problems/<slug>/ (validator, checker, gen, reference), its harness archive
# into build/harness/, and its generated secret tests (tests.txt) into
# build/problems/<slug>/data/secret/. ROOT is the kit root that holds problems/,
# solutions/ and harness/ (default: this project's; the hostile suite has its own).
function(kit_problem slug)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "ROOT" "")
  set(root ${PROJECT_SOURCE_DIR})
  if(arg_ROOT)
    set(root ${arg_ROOT})
  endif()
  set(src ${root}/problems/${slug})
  set(sol ${root}/solutions/${slug})
  set(out ${PROJECT_BINARY_DIR}/problems/${slug})
  file(READ ${src}/problem.json json)
  string(JSON kind ERROR_VARIABLE err GET "${json}" kind)
  if(err)
    message(FATAL_ERROR "problems/${slug}/problem.json: no \"kind\": ${err}")
  endif()

  foreach(tool validator checker gen)
    if(EXISTS ${src}/${tool}.c)
      add_executable(${slug}-${tool} ${src}/${tool}.c)
      target_compile_options(${slug}-${tool} PRIVATE -O2 ${KIT_WARNINGS})
      target_link_libraries(${slug}-${tool} PRIVATE m)
      set_target_properties(${slug}-${tool} PROPERTIES OUTPUT_NAME ${tool}
                            RUNTIME_OUTPUT_DIRECTORY ${out})
    endif()
  endforeach()

  # The batch forms of the generator, the validator and the checker
  # (judge/batch/serve.c): the same source, its main renamed, run on many inputs
  # by one process for stress.
  foreach(tool validator gen checker)
    if(EXISTS ${src}/${tool}.c)
      add_executable(${slug}-${tool}-batch ${src}/${tool}.c
                     ${PROJECT_SOURCE_DIR}/judge/batch/serve.c)
      target_compile_definitions(${slug}-${tool}-batch PRIVATE main=kit_tool_main)
      target_include_directories(${slug}-${tool}-batch PRIVATE ${PROJECT_SOURCE_DIR}/judge/proto)
      # the renamed main has no prototype in the tool's source
      target_compile_options(${slug}-${tool}-batch PRIVATE -O2 ${KIT_WARNINGS}
                             -Wno-missing-prototypes)
      # static: a fork per input copies fewer mappings
      target_link_options(${slug}-${tool}-batch PRIVATE -static)
      target_link_libraries(${slug}-${tool}-batch PRIVATE m)
      set_target_properties(${slug}-${tool}-batch PROPERTIES OUTPUT_NAME ${tool}-batch
                            RUNTIME_OUTPUT_DIRECTORY ${out})
    endif()
  endforeach()

  add_executable(${slug}-reference ${sol}/reference.c)
  target_compile_options(${slug}-reference PRIVATE ${KIT_SUBMISSION_FLAGS} ${KIT_WARNINGS})
  target_link_options(${slug}-reference PRIVATE -static)
  target_link_libraries(${slug}-reference PRIVATE m)
  set_target_properties(${slug}-reference PROPERTIES OUTPUT_NAME reference
                        RUNTIME_OUTPUT_DIRECTORY ${out})

  if(kind STREQUAL "function")
    add_library(harness_${slug} STATIC ${root}/harness/${slug}.c)
    target_include_directories(harness_${slug} PRIVATE ${src} ${PROJECT_SOURCE_DIR}/harness/lib)
    target_compile_options(harness_${slug} PRIVATE ${KIT_SUBMISSION_FLAGS} ${KIT_WARNINGS})
    set_target_properties(harness_${slug} PROPERTIES OUTPUT_NAME harness_${slug}
                          ARCHIVE_OUTPUT_DIRECTORY ${KIT_HARNESS_DIR})
    target_include_directories(${slug}-reference PRIVATE ${src})
    target_link_options(${slug}-reference PRIVATE ${KIT_WRAP_FLAGS})
    # linked whole, as the judge links every submission (judge/src/compile.c)
    target_link_libraries(${slug}-reference PRIVATE
                          "$<LINK_LIBRARY:WHOLE_ARCHIVE,harness_${slug},kit_harness>")
  endif()

  # The batch forms of the oracles (reference and brute-force), for stress's
  # expected answers: linked as the judge links them, with serve.c and the
  # program's main renamed (a function problem's is its harness's).
  foreach(oracle reference brute)
    if(EXISTS ${sol}/${oracle}.c)
      set(target ${slug}-${oracle}-batch)
      set(sources ${sol}/${oracle}.c ${PROJECT_SOURCE_DIR}/judge/batch/serve.c)
      if(kind STREQUAL "function")
        list(APPEND sources ${root}/harness/${slug}.c)
      endif()
      add_executable(${target} ${sources})
      target_compile_definitions(${target} PRIVATE main=kit_tool_main)
      target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/judge/proto)
      target_compile_options(${target} PRIVATE ${KIT_SUBMISSION_FLAGS} ${KIT_WARNINGS}
                             -Wno-missing-prototypes)
      target_link_options(${target} PRIVATE -static)
      target_link_libraries(${target} PRIVATE m)
      if(kind STREQUAL "function")
        target_include_directories(${target} PRIVATE ${src} ${PROJECT_SOURCE_DIR}/harness/lib)
        target_link_options(${target} PRIVATE ${KIT_WRAP_FLAGS})
        target_link_libraries(${target} PRIVATE "$<LINK_LIBRARY:WHOLE_ARCHIVE,kit_harness>")
      endif()
      set_target_properties(${target} PROPERTIES OUTPUT_NAME ${oracle}-batch
                            RUNTIME_OUTPUT_DIRECTORY ${out})
    endif()
  endforeach()

  if(EXISTS ${src}/tests.txt)
    set(stamp ${out}/data/secret/.stamp)
    add_custom_command(OUTPUT ${stamp}
      COMMAND bash ${PROJECT_SOURCE_DIR}/cmake/gen-tests.sh $<TARGET_FILE:${slug}-gen>
              $<TARGET_FILE:${slug}-reference> $<TARGET_FILE:${slug}-validator>
              ${src}/tests.txt ${out}/data/secret ${kind}
      DEPENDS ${slug}-gen ${slug}-reference ${slug}-validator ${src}/tests.txt
              ${PROJECT_SOURCE_DIR}/cmake/gen-tests.sh
      COMMENT "generating secret tests of ${slug}" VERBATIM)
    add_custom_target(${slug}-tests ALL DEPENDS ${stamp})
  endif()
endfunction()
