# Layering enforced at configure time. Every source folder's headers sit under one include root,
# so the compiler alone would let any folder include any other; instead each folder's library
# registers itself (chatfleet_folder_library) and chatfleet_check_layering() fails the configure
# when a folder includes a header of another registered folder whose library it does not link
# directly. The allowed edges are therefore the target_link_libraries lines themselves.

# Registers `target` as the library of the calling folder.
function(chatfleet_folder_library target)
  file(RELATIVE_PATH folder "${PROJECT_SOURCE_DIR}" "${CMAKE_CURRENT_SOURCE_DIR}")
  set_property(GLOBAL APPEND PROPERTY CHATFLEET_LAYER_FOLDERS "${folder}")
  set_property(GLOBAL PROPERTY "CHATFLEET_LAYER_TARGET_${folder}" "${target}")
endfunction()

# The registered folders `file` includes headers from, other than its own.
function(_chatfleet_included_folders file own_folder out)
  file(STRINGS "${file}" lines REGEX "^#include \"[a-z0-9_/]+/[a-z0-9_]+\\.h\"")
  set(folders "")
  foreach(line IN LISTS lines)
    string(REGEX REPLACE "^#include \"([a-z0-9_/]+)/[a-z0-9_]+\\.h\".*" "\\1" folder "${line}")
    if(NOT folder STREQUAL own_folder)
      list(APPEND folders "${folder}")
    endif()
  endforeach()
  list(REMOVE_DUPLICATES folders)
  set(${out} "${folders}" PARENT_SCOPE)
endfunction()

function(chatfleet_check_layering)
  get_property(folders GLOBAL PROPERTY CHATFLEET_LAYER_FOLDERS)
  set(problems "")
  foreach(folder IN LISTS folders)
    get_property(target GLOBAL PROPERTY "CHATFLEET_LAYER_TARGET_${folder}")
    get_target_property(links ${target} LINK_LIBRARIES)
    get_target_property(sources ${target} SOURCES)
    file(GLOB headers "${PROJECT_SOURCE_DIR}/${folder}/*.h")
    foreach(source IN LISTS sources headers)
      if(NOT IS_ABSOLUTE "${source}")
        set(source "${PROJECT_SOURCE_DIR}/${folder}/${source}")
      endif()
      _chatfleet_included_folders("${source}" "${folder}" included)
      foreach(other IN LISTS included)
        get_property(other_target GLOBAL PROPERTY "CHATFLEET_LAYER_TARGET_${other}")
        if(other_target AND NOT other_target IN_LIST links)
          file(RELATIVE_PATH shown "${PROJECT_SOURCE_DIR}" "${source}")
          string(APPEND problems "\n  ${shown} includes ${other}/ but ${target} does not link"
                 " ${other_target}")
        endif()
      endforeach()
    endforeach()
  endforeach()
  if(problems)
    message(FATAL_ERROR "Layering (docs/ARCHITECTURE.md): ${problems}\n"
            "Link the library if the layering allows it, or move the code down a layer.")
  endif()
endfunction()
