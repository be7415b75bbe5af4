# Shared build settings for every VMS target, and the one helper that registers a test.

# vms_target_defaults(<target>): strict warnings (errors when VMS_WERROR), sanitizers when asked.
function(vms_target_defaults target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Wunused -Woverloaded-virtual -Wnull-dereference -Wdouble-promotion -Wformat=2
    -Wimplicit-fallthrough)
  if(VMS_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_STRICT_ITERATORS QT_NO_KEYWORDS)
  if(VMS_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                             -fno-sanitize-recover=undefined)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()

# vms_add_test(<name> SOURCES <files...> [LIBS <targets...>] [LABELS <labels...>] [GUI] [KEYCHAIN]
#              [TIMEOUT <seconds>])
# One executable per test class, registered with CTest.
#  GUI      - runs with QT_QPA_PLATFORM=offscreen
#  KEYCHAIN - needs the session bus and an unlocked keyring; scripts/test runs CTest inside
#             dbus-run-session with gnome-keyring-daemon, so such tests only get a label here.
function(vms_add_test name)
  cmake_parse_arguments(T "GUI;KEYCHAIN" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test vms_test_support ${T_LIBS})
  vms_target_defaults(${name})
  add_test(NAME ${name} COMMAND ${name})
  set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8" "TZ=UTC"
          "VMS_SOURCE_DIR=${PROJECT_SOURCE_DIR}" "VMS_BINARY_DIR=${PROJECT_BINARY_DIR}")
  set(labels ${T_LABELS})
  if(T_GUI)
    list(APPEND labels gui)
  endif()
  if(T_KEYCHAIN)
    list(APPEND labels keychain)
  endif()
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" LABELS "${labels}" TIMEOUT ${T_TIMEOUT})
endfunction()
